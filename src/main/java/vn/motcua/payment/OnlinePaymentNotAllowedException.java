package vn.motcua.payment;

/**
 * The dossier's fee is paid at the counter (level 3, "một phần"): an online order would be paid at
 * the gateway while the process waits for the officer's receipt, so none is opened.
 */
public class OnlinePaymentNotAllowedException extends RuntimeException {

  /** The message code in the bundles; its argument is the dossier code. */
  public static final String MESSAGE_CODE = "payment.onlineNotAllowed";

  private final String dossierCode;

  public OnlinePaymentNotAllowedException(String dossierCode) {
    super("dossier " + dossierCode + " pays its fee at the counter");
    this.dossierCode = dossierCode;
  }

  public String dossierCode() {
    return dossierCode;
  }
}
