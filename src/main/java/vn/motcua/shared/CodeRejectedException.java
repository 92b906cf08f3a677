package vn.motcua.shared;

/**
 * A one-time code that does not open what it was sent for (activation, password reset, signing a
 * declaration).
 */
public class CodeRejectedException extends RuntimeException {

  private final OneTimeCode.Rejection reason;

  public CodeRejectedException(OneTimeCode.Rejection reason) {
    super("one-time code rejected: " + reason);
    this.reason = reason;
  }

  public OneTimeCode.Rejection reason() {
    return reason;
  }

  /** The message code of the bundles that explains it to the citizen. */
  public String messageCode() {
    return "code." + reason.name();
  }
}
