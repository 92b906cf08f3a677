package vn.motcua.workflow.delegate;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.motcua.shared.SideEffects;

/**
 * Exactly once for side effects that leave the system (mail, SMS, the portal push): the effect's
 * key is written in the same transaction as the job that performs it. A job that runs again (its
 * lock expired and another node took it, or an operator re-ran it) finds the key and does nothing;
 * a job that fails rolls its key back with it and sends again on retry.
 */
@Component
public class SideEffectLedger implements SideEffects {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  SideEffectLedger(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Runs {@code effect} unless the key was recorded; answers whether it ran. Two runs at the same
   * moment both insert: the second waits on the key's row and fails, and its retry finds the key.
   * An effect that fails takes its key back out, in the same transaction, and is thrown as an
   * {@link EffectFailedException}: the caller may fail its job (everything rolls back) or go on
   * with other effects whose keys then commit.
   */
  @Override
  public boolean once(String dossierCode, String step, String key, Runnable effect) {
    String effectKey = dossierCode + "|" + step + "|" + key;
    Integer recorded =
        jdbc.queryForObject(
            "select count(*) from side_effect_ledger where effect_key = ?",
            Integer.class,
            effectKey);
    if (recorded != null && recorded > 0) {
      return false;
    }
    jdbc.update(
        "insert into side_effect_ledger (effect_key, dossier_code, step, created_at) values (?, ?, ?, ?)",
        effectKey,
        dossierCode,
        step,
        Timestamp.from(clock.instant()));
    try {
      effect.run();
    } catch (RuntimeException e) {
      jdbc.update("delete from side_effect_ledger where effect_key = ?", effectKey);
      throw new EffectFailedException(
          step + " of " + dossierCode + " failed: " + e.getMessage(), e);
    }
    return true;
  }
}
