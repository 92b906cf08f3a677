package vn.motcua.applicant;

import java.util.List;
import vn.motcua.catalog.FieldError;

/** A registration, profile edit or password change with field errors; nothing was saved. */
public class InvalidAccountDataException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidAccountDataException(List<FieldError> errors) {
    super(errors.size() + " field error(s)");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
