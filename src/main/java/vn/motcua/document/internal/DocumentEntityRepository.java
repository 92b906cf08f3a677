package vn.motcua.document.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentEntityRepository extends JpaRepository<DocumentEntity, UUID> {

  Optional<DocumentEntity> findByIdAndOwner(UUID id, String owner);

  Optional<DocumentEntity> findFirstByOwnerAndTypeAndSha256(String owner, String type, String sha256);

  List<DocumentEntity> findByOwnerOrderByCreatedAtDesc(String owner);
}
