package vn.motcua.workflow.delegate;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.shared.SideEffects;

/**
 * The ledger of side effects, one row per dossier, step and key ({@code side_effect_ledger}).
 *
 * <p>{@link #once} is for effects written in this database (the sandboxes' SMS and push tables):
 * the key is written in the same transaction as the job that performs the effect, so effect and key
 * commit together or not at all. A job that runs again (its lock expired and another node took it,
 * or an operator re-ran it) finds the key and does nothing; a job that fails rolls its key back
 * with it and does the effect again on retry.
 *
 * <p>{@link #atMostOnce} is for effects that leave the system and cannot be taken back (a mail
 * handed to the SMTP server): the key is committed on its own before the effect, and marked done on
 * its own after it. A node killed between the two (during the SMTP dialogue, or just after it)
 * leaves the key begun and not done; the job's retry on another node then does not repeat the
 * effect (it may have happened) and says so in the log. Repeating it instead would send the mail
 * twice whenever a node dies after the server took it and before the job's transaction ended, which
 * {@code TwoNodesIT} showed with {@code kill -9}.
 */
@Component
public class SideEffectLedger implements SideEffects {

  private static final Logger LOG = LoggerFactory.getLogger(SideEffectLedger.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate onItsOwn;

  SideEffectLedger(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.onItsOwn = new TransactionTemplate(transactions);
    this.onItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
    String effectKey = effectKey(dossierCode, step, key);
    if (recorded(effectKey) != null) {
      return false;
    }
    insert(effectKey, dossierCode, step, true);
    try {
      effect.run();
    } catch (RuntimeException e) {
      jdbc.update("delete from side_effect_ledger where effect_key = ?", effectKey);
      throw failed(dossierCode, step, e);
    }
    return true;
  }

  /**
   * Runs {@code effect} unless the key was recorded, begun or done; answers whether it ran. The key
   * is committed before the effect, so a second run at the same moment, or a retry after the node
   * died, finds it and leaves the effect alone. An effect that fails takes its key back out (on its
   * own, committed) and is thrown as an {@link EffectFailedException}, so that a retry tries again.
   */
  @Override
  public boolean atMostOnce(String dossierCode, String step, String key, Runnable effect) {
    String effectKey = effectKey(dossierCode, step, key);
    Boolean done = recorded(effectKey);
    if (done != null) {
      if (!done) {
        LOG.warn(
            "{} of dossier {} ({}) was begun by a run that did not end (a node stopped during it):"
                + " not repeated, so it may not have happened",
            step,
            dossierCode,
            key);
      }
      return false;
    }
    boolean claimed =
        Boolean.TRUE.equals(
            onItsOwn.execute(
                status -> {
                  try {
                    insert(effectKey, dossierCode, step, false);
                    return true;
                  } catch (DuplicateKeyException anotherRunHasIt) {
                    return false;
                  }
                }));
    if (!claimed) {
      return false;
    }
    try {
      effect.run();
    } catch (RuntimeException e) {
      onItsOwn.executeWithoutResult(
          status -> jdbc.update("delete from side_effect_ledger where effect_key = ?", effectKey));
      throw failed(dossierCode, step, e);
    }
    onItsOwn.executeWithoutResult(
        status ->
            jdbc.update(
                "update side_effect_ledger set done = true where effect_key = ?", effectKey));
    return true;
  }

  private static String effectKey(String dossierCode, String step, String key) {
    return dossierCode + "|" + step + "|" + key;
  }

  /** Whether the key is done, begun (false), or absent (null). */
  private Boolean recorded(String effectKey) {
    return jdbc
        .queryForList(
            "select done from side_effect_ledger where effect_key = ?", Boolean.class, effectKey)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private void insert(String effectKey, String dossierCode, String step, boolean done) {
    jdbc.update(
        "insert into side_effect_ledger (effect_key, dossier_code, step, created_at, done)"
            + " values (?, ?, ?, ?, ?)",
        effectKey,
        dossierCode,
        step,
        Timestamp.from(clock.instant()),
        done);
  }

  private static EffectFailedException failed(String dossierCode, String step, RuntimeException e) {
    return new EffectFailedException(step + " of " + dossierCode + " failed: " + e.getMessage(), e);
  }
}
