package vn.motcua.dossier.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LookupRequestRepository extends JpaRepository<LookupRequestEntity, UUID> {

  /** Locks the request's row: two tries at once must neither both get through nor count as one. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from LookupRequestEntity r where r.id = :id")
  Optional<LookupRequestEntity> findForUpdate(UUID id);

  @Modifying
  @Query("delete from LookupRequestEntity r where r.code.expiresAt < :before")
  int purgeExpiredBefore(Instant before);
}
