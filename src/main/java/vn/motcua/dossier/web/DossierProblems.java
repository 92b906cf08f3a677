package vn.motcua.dossier.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.motcua.catalog.FieldError;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierStateException;
import vn.motcua.dossier.InvalidSubmissionException;

/**
 * The dossier module's errors as problem details for every REST controller (the payment and
 * delivery endpoints of a dossier answer an unknown one the same way): an invalid submission with
 * one entry per field, an unknown dossier, a step its status does not allow. Ahead of the shared
 * handler ({@code vn.motcua.system.web.ApiProblems}), whose catch-all would take them; the public
 * look-up answers its misses itself ({@link LookupController}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DossierProblems {

  private final MessageSource messages;

  DossierProblems(MessageSource messages) {
    this.messages = messages;
  }

  record FieldProblem(String field, String label, String code, String message) {}

  @ExceptionHandler(InvalidSubmissionException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidSubmissionException e) {
    ProblemDetail problem = ProblemDetail.forStatus(e.httpStatus());
    problem.setTitle(message("problem.invalidSubmission"));
    problem.setDetail(message("problem.invalidSubmission.detail", e.errors().size()));
    List<FieldProblem> errors = new ArrayList<>();
    for (FieldError error : e.errors()) {
      List<Object> args = new ArrayList<>();
      args.add(error.label());
      args.addAll(error.args());
      errors.add(
          new FieldProblem(
              error.field(), error.label(), error.code(), message(error.code(), args.toArray())));
    }
    problem.setProperty("errors", errors);
    return ResponseEntity.status(e.httpStatus()).body(problem);
  }

  @ExceptionHandler(DossierNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(DossierNotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    problem.setTitle(message("problem.notFound"));
    problem.setDetail(message("dossier.notFound", e.code()));
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  @ExceptionHandler(DossierStateException.class)
  ResponseEntity<ProblemDetail> conflict(DossierStateException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setTitle(message("problem.conflict"));
    problem.setDetail(message(e.messageCode(), e.dossierCode(), e.status().label()));
    problem.setProperty(
        "status", Map.of("value", e.status().name(), "nationalCode", e.status().nationalCode()));
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  private String message(String code, Object... args) {
    return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
  }
}
