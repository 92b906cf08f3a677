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

  /**
   * Counts a sign-in attempt as failed before its password is checked, in one statement, so that parallel
   * attempts each see the others; the {@code threshold}-th locks the account until {@code lockEnd} (and the
   * count starts again from there). Answers 0, counting nothing, while the account is locked. Native SQL for the
   * cast: PostgreSQL types a bare parameter in a CASE as text.
   */
  @Modifying
  @Query(nativeQuery = true, value = """
      update applicant_account
      set failed_logins = case when failed_logins + 1 >= :threshold then 0 else failed_logins + 1 end,
          locked_until = case when failed_logins + 1 >= :threshold then cast(:lockEnd as timestamp(6) with time zone) end
      where username = :username and (locked_until is null or locked_until <= :now)""")
  int countAttempt(String username, int threshold, Instant now, Instant lockEnd);
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
