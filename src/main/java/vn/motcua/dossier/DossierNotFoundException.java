package vn.motcua.dossier;

/** No such dossier, or not one the caller may see: the two answers are the same on purpose. */
public class DossierNotFoundException extends RuntimeException {

  private final String code;

  public DossierNotFoundException(String code) {
    super("dossier " + code + " not found");
    this.code = code;
  }

  public String code() {
    return code;
  }
}
