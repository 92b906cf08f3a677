package vn.motcua.dossier.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DeclarationSignatureRepository extends JpaRepository<DeclarationSignatureEntity, UUID> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from DeclarationSignatureEntity s where s.id = :id")
  Optional<DeclarationSignatureEntity> findForUpdate(UUID id);
}
