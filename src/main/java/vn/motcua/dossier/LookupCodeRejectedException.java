package vn.motcua.dossier;

/** The one-time code of a look-up by citizen ID was not accepted, and why. */
public class LookupCodeRejectedException extends RuntimeException {

  public enum Reason {
    /** No code given. */
    MISSING,
    /** Not the code sent, or no such request. */
    WRONG,
    EXPIRED,
    /** Already used once: codes are single use. */
    USED,
    /** Too many wrong tries for this request. */
    TOO_MANY_ATTEMPTS
  }

  private final Reason reason;

  public LookupCodeRejectedException(Reason reason) {
    super("look-up code rejected: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
