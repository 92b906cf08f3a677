package vn.motcua.dossier;

/** The action does not fit the dossier's status (withdrawing a delivered dossier, …). */
public class DossierStateException extends RuntimeException {

  private final String code;
  private final DossierStatus status;

  public DossierStateException(String code, DossierStatus status, String messageCode) {
    super(messageCode);
    this.code = code;
    this.status = status;
  }

  public String dossierCode() {
    return code;
  }

  public DossierStatus status() {
    return status;
  }

  /** The message code in the bundles. */
  public String messageCode() {
    return getMessage();
  }
}
