package vn.motcua.applicant;

/** A one-time code that does not open what it was sent for. */
public class CodeRejectedException extends RuntimeException {

  public enum Reason { WRONG, EXPIRED, USED, TOO_MANY_ATTEMPTS }

  private final Reason reason;

  public CodeRejectedException(Reason reason) {
    super("one-time code rejected: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** The message code of the bundles that explains it to the citizen. */
  public String messageCode() {
    return "account.code." + reason.name();
  }
}
