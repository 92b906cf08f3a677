package vn.motcua.system.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.motcua.shared.ValueTooLongException;

/**
 * Errors of the JSON API as RFC 9457 problem details, in the caller's language (Vietnamese unless
 * the request asks for English), with one entry per field so a form can show each error in place.
 * Only for the REST controllers: the portal's pages answer with pages ({@code
 * vn.motcua.portal.web}). Spring's own errors (405, 415, a missing parameter, a path value of the
 * wrong type) are answered by the base class, in the caller's language from the bundles' {@code
 * problemDetail.*} messages. This is the shared part; a module's own exceptions are answered by
 * advice in its {@code web} package ({@code DossierProblems}, {@code PaymentProblems}), ordered
 * ahead of this one so that its catch-all does not take them.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  private final MessageSource messages;

  ApiProblems(MessageSource messages) {
    this.messages = messages;
    setMessageSource(messages);
  }

  record FieldProblem(String field, String label, String code, String message) {}

  /**
   * The firewall checks a header's value when code first reads it, which may be inside a controller
   * (the API documents read them all): a value with bytes the firewall refuses is the client's,
   * 400.
   */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(message("security.rejectedRequest"));
    problem.setDetail(message("security.rejectedHeader.detail"));
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * A value longer than the database keeps ({@link vn.motcua.shared.ColumnLimits}): 400 naming the
   * field.
   */
  @ExceptionHandler(ValueTooLongException.class)
  ResponseEntity<ProblemDetail> tooLong(ValueTooLongException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(message("problem.invalidSubmission"));
    String label =
        messages.getMessage("field." + e.field(), null, e.field(), LocaleContextHolder.getLocale());
    problem.setDetail(message("problem.tooLong", label, e.maxLength()));
    problem.setProperty(
        "errors",
        List.of(new FieldProblem(e.field(), label, "form.maxLength", problem.getDetail())));
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * A body that is not the JSON asked for. The answer says where (line and column, or the field and
   * the kind of value it needs) in the caller's words, never the parser's message, which names our
   * classes.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(message("problem.badRequest"));
    JsonProblems.Found found = JsonProblems.of(e);
    problem.setDetail(message(found.code(), found.args()));
    if (found.field() != null) {
      problem.setProperty(
          "errors",
          List.of(
              new FieldProblem(found.field(), found.field(), found.code(), problem.getDetail())));
    }
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /**
   * Anything unexpected: the caller learns that nothing was saved and gets a reference to quote;
   * the log has the details. Spring's own errors (405, 406, …) keep their status.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (e instanceof ErrorResponse known) {
      // Spring's own (405, 406, 415, a missing header or parameter, a path value of the wrong
      // type), in the
      // caller's language from the message bundles (problemDetail.<exception class>)
      return ResponseEntity.status(known.getStatusCode())
          .body(known.updateAndGetBody(messages, LocaleContextHolder.getLocale()));
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error("Unexpected error, reference {}", reference, e);
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    problem.setTitle(message("problem.unexpected"));
    problem.setDetail(message("problem.unexpected.detail", reference));
    problem.setProperty("reference", reference);
    return ResponseEntity.internalServerError().body(problem);
  }

  private String message(String code, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(code, args, code, locale);
  }
}
