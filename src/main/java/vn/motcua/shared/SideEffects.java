package vn.motcua.shared;

/**
 * Exactly once for side effects that leave the system (mail, SMS, the portal push), per dossier,
 * step and key. The workflow's ledger implements it: the key is written in the same transaction as
 * the process job that performs the effect, so a job that runs again does nothing and a job that
 * fails sends again on retry.
 */
public interface SideEffects {

  /**
   * Runs {@code effect} unless the key was recorded; answers whether it ran. An effect that fails
   * takes its key back out and is thrown as an {@link EffectFailedException}: the caller may fail
   * its job (everything rolls back) or go on with other effects whose keys then commit.
   */
  boolean once(String dossierCode, String step, String key, Runnable effect);

  /** A side effect that did not happen; its key is not recorded. */
  class EffectFailedException extends RuntimeException {
    public EffectFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
