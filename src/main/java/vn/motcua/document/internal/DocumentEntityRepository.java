package vn.motcua.document.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The repository's rows; "listed" ones are those their owner has not removed ({@code removedAt}
 * null).
 */
interface DocumentEntityRepository extends JpaRepository<DocumentEntity, UUID> {

  Optional<DocumentEntity> findByIdAndOwnerAndRemovedAtIsNull(UUID id, String owner);

  Optional<DocumentEntity> findByIdAndOwner(UUID id, String owner);

  Optional<DocumentEntity> findFirstByOwnerAndTypeAndSha256AndRemovedAtIsNull(
      String owner, String type, String sha256);

  List<DocumentEntity> findByOwnerAndRemovedAtIsNullOrderByCreatedAtDesc(String owner);

  List<DocumentEntity> findByOwnerAndTypeInAndRemovedAtIsNullOrderByCreatedAtDesc(
      String owner, Collection<String> types);

  /** Any row, listed or removed, holding these bytes. */
  boolean existsBySha256(String sha256);
}
