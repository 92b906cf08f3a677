package vn.motcua.payment.web;

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
import vn.motcua.payment.OnlinePaymentNotAllowedException;

/**
 * The payment module's errors as problem details for the REST controllers: online payment asked for
 * a fee that is paid at the counter, 409. Ahead of the shared handler ({@code
 * vn.motcua.system.web.ApiProblems}), whose catch-all would take it.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class PaymentProblems {

  private final MessageSource messages;

  PaymentProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(OnlinePaymentNotAllowedException.class)
  ResponseEntity<ProblemDetail> counterOnly(OnlinePaymentNotAllowedException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setTitle(message("problem.conflict"));
    problem.setDetail(message(OnlinePaymentNotAllowedException.MESSAGE_CODE, e.dossierCode()));
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  private String message(String code, Object... args) {
    return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
  }
}
