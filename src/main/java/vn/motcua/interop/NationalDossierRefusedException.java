package vn.motcua.interop;

import java.util.List;
import vn.motcua.catalog.FieldError;

/** A dossier from the national portal that was not taken, with every problem; nothing was saved. */
public class NationalDossierRefusedException extends RuntimeException {

  private final List<FieldError> errors;

  public NationalDossierRefusedException(List<FieldError> errors) {
    super(errors.size() + " problem(s) with a dossier from the national portal");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
