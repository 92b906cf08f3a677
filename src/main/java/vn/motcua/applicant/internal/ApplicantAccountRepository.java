package vn.motcua.applicant.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApplicantAccountRepository extends JpaRepository<ApplicantAccount, String> {

  Optional<ApplicantAccount> findByCitizenId(String citizenId);

  Optional<ApplicantAccount> findByTaxCode(String taxCode);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from ApplicantAccount a where a.username = :username")
  Optional<ApplicantAccount> findForUpdate(String username);
}

interface ApplicantCodeRepository extends JpaRepository<ApplicantCodeEntity, UUID> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ApplicantCodeEntity c where c.id = :id")
  Optional<ApplicantCodeEntity> findForUpdate(UUID id);

  @Modifying
  @Query("delete from ApplicantCodeEntity c where c.code.expiresAt < :before")
  int purgeExpiredBefore(Instant before);
}

interface ApplicantAuditRepository extends JpaRepository<ApplicantAuditEntity, Long> {

  List<ApplicantAuditEntity> findByUsernameOrderByAtDescIdDesc(String username);

  boolean existsByUsernameAndFieldIn(String username, List<String> fields);
}
