package vn.motcua.shared;

/**
 * Side effects done once per dossier, step and key, even when the job that does them runs twice.
 * The workflow's ledger implements it. {@link #once} for effects written in this database, in the
 * job's transaction (the sandboxes' SMS and push tables): exactly once. {@link #atMostOnce} for
 * effects that leave the system and cannot be taken back (a mail handed to the SMTP server): never
 * twice, even when a node dies in the middle; a death at that very moment leaves it undone and
 * logged.
 */
public interface SideEffects {

  /**
   * Runs {@code effect} unless the key was recorded; answers whether it ran. An effect that fails
   * takes its key back out and is thrown as an {@link EffectFailedException}: the caller may fail
   * its job (everything rolls back) or go on with other effects whose keys then commit.
   */
  boolean once(String dossierCode, String step, String key, Runnable effect);

  /**
   * Runs {@code effect} unless the key was recorded; answers whether it ran. The key is committed
   * before the effect and marked done after it; a run that finds it begun and not done (its node
   * died during the effect) does not repeat it. An effect that fails takes its key back out and is
   * thrown as an {@link EffectFailedException}, so that a retry tries again.
   */
  boolean atMostOnce(String dossierCode, String step, String key, Runnable effect);

  /** A side effect that did not happen; its key is not recorded. */
  class EffectFailedException extends RuntimeException {
    public EffectFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
