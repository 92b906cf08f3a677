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
   * Starts a password check of the account unless it is locked or its wrong passwords and the
   * checks already under way reach the {@code threshold}: one statement, so that checks started at
   * the same moment each see the others. Checks counted before {@code stale} are forgotten (lost
   * with a node that stopped mid-check). Answers 1 when the check may go on, else 0.
   */
  @Modifying
  @Query(
      nativeQuery = true,
      value =
          """
      update applicant_account
      set checks_in_flight = case when last_check_at < :stale then 1 else checks_in_flight + 1 end, last_check_at = :now
      where username = :username and (locked_until is null or locked_until <= :now)
        and failed_logins + case when last_check_at < :stale then 0 else checks_in_flight end < :threshold""")
  int startCheck(String username, int threshold, Instant now, Instant stale);

  /**
   * Ends a check that found the password wrong: counted, and the {@code threshold}-th in a row
   * locks the account until {@code lockEnd} (the count starts again from there). Native SQL for the
   * cast: PostgreSQL types a bare parameter in a CASE as text.
   */
  @Modifying
  @Query(
      nativeQuery = true,
      value =
          """
      update applicant_account
      set checks_in_flight = greatest(checks_in_flight - 1, 0),
          failed_logins = case when failed_logins + 1 >= :threshold then 0 else failed_logins + 1 end,
          locked_until = case when failed_logins + 1 >= :threshold then cast(:lockEnd as timestamp(6) with time zone)
                         else locked_until end
      where username = :username""")
  int endWrongCheck(String username, int threshold, Instant lockEnd);

  /** Ends a check that found the password right: the wrong ones before it no longer count. */
  @Modifying
  @Query(
      nativeQuery = true,
      value =
          """
      update applicant_account set checks_in_flight = greatest(checks_in_flight - 1, 0), failed_logins = 0
      where username = :username""")
  int endRightCheck(String username);
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
