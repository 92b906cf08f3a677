package vn.motcua.dossier;

import java.util.List;
import vn.motcua.catalog.FieldError;

/** A submission, supplement or decision with field errors; nothing was saved. */
public class InvalidSubmissionException extends RuntimeException {

  private final List<FieldError> errors;
  private final int httpStatus;

  public InvalidSubmissionException(List<FieldError> errors, int httpStatus) {
    super(errors.size() + " field error(s)");
    this.errors = List.copyOf(errors);
    this.httpStatus = httpStatus;
  }

  public InvalidSubmissionException(List<FieldError> errors) {
    this(errors, 422);
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** 422 for invalid data; 413 or 415 when an upload is too large or not what it claims. */
  public int httpStatus() {
    return httpStatus;
  }
}
