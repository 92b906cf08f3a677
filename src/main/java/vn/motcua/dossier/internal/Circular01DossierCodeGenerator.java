package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.DossierCodeGenerator;

/**
 * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX}: the receiving unit's code, the reception date, and
 * that unit's sequence of the day. The sequence row is incremented inside the caller's transaction,
 * so the row lock orders concurrent submissions of one unit and a rolled-back submission leaves no
 * gap; the row itself is created in a transaction of its own, so two nodes that start the same day
 * at once do not fail each other.
 */
@Component
class Circular01DossierCodeGenerator implements DossierCodeGenerator {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  /**
   * The national agency-code scheme's {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, then the day and the
   * sequence.
   */
  private static final Pattern WELL_FORMED =
      Pattern.compile(
          "[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9A-Z]{2}-\\d{6}-\\d{4}",
          Pattern.CASE_INSENSITIVE);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  Circular01DossierCodeGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public String next(String unitCode, LocalDate receptionDay) {
    ensureSequenceRow(unitCode, receptionDay);
    jdbc.update(
        "update dossier_code_sequence set last_value = last_value + 1 where unit_code = ? and sequence_day = ?",
        unitCode,
        receptionDay);
    Integer value =
        jdbc.queryForObject(
            "select last_value from dossier_code_sequence where unit_code = ? and sequence_day = ?",
            Integer.class,
            unitCode,
            receptionDay);
    if (value == null || value > 9999) {
      throw new IllegalStateException(
          "the daily sequence of " + unitCode + " on " + receptionDay + " is exhausted");
    }
    return "%s-%s-%04d".formatted(unitCode, DAY.format(receptionDay), value);
  }

  @Override
  public boolean isWellFormed(String code) {
    return code != null && WELL_FORMED.matcher(code).matches();
  }

  private void ensureSequenceRow(String unitCode, LocalDate day) {
    Integer rows =
        jdbc.queryForObject(
            "select count(*) from dossier_code_sequence where unit_code = ? and sequence_day = ?",
            Integer.class,
            unitCode,
            day);
    if (rows != null && rows > 0) {
      return;
    }
    try {
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into dossier_code_sequence (unit_code, sequence_day, last_value) values (?, ?, 0)",
                  unitCode,
                  day));
    } catch (DataIntegrityViolationException alreadyCreatedByAnotherSubmission) {
      // the row exists now, which is all this method promises
    }
  }
}
