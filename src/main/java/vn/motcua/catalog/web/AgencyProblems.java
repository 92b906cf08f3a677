package vn.motcua.catalog.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.motcua.catalog.AgencyProblem;
import vn.motcua.catalog.InvalidAgencyTreeException;

/**
 * An agency tree refused: 400, one entry per problem naming the agency (or level) and the field, in
 * the caller's language. Ahead of the shared handler ({@code vn.motcua.system.web.ApiProblems}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class AgencyProblems {

  record Problem(String agency, String level, String field, String code, String message) {}

  private final MessageSource messages;

  AgencyProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(InvalidAgencyTreeException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidAgencyTreeException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(message("problem.invalidAgencyTree"));
    problem.setDetail(message("problem.invalidAgencyTree.detail", e.problems().size()));
    List<Problem> errors = new ArrayList<>();
    for (AgencyProblem p : e.problems()) {
      String subject =
          p.agency() != null
              ? message("agencies.subject.agency", p.agency())
              : message("agencies.subject.level", p.level());
      List<Object> args = new ArrayList<>();
      args.add(subject + ", " + p.field());
      args.addAll(p.args().stream().map(AgencyProblems::shown).toList());
      errors.add(
          new Problem(
              p.agency(), p.level(), p.field(), p.code(), message(p.code(), args.toArray())));
    }
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** Lists as {@code A, B, C}; numbers as they are (MessageFormat would group their digits). */
  private static Object shown(Object arg) {
    if (arg instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(arg);
  }

  private String message(String code, Object... args) {
    return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
  }
}
