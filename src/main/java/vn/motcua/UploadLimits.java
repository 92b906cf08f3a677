package vn.motcua;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request larger than the upload limits fails while its parts are read, before any controller is
 * chosen, so no controller's advice sees it: this one answers the API's with a problem (RFC 9457)
 * in the caller's language; a page's goes on to Spring's 413 and the portal's error page. First in
 * line, ahead of Boot's problem-details handler, whose detail does not say what the limit is.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

  private final MessageSource messages;
  private final DataSize maxFileSize;
  private final DataSize maxRequestSize;

  UploadLimits(MessageSource messages,
               @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize,
               @Value("${spring.servlet.multipart.max-request-size:30MB}") DataSize maxRequestSize) {
    this.messages = messages;
    this.maxFileSize = maxFileSize;
    this.maxRequestSize = maxRequestSize;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      throw e; // not resolved here: Spring answers 413 and the portal's error page (error/413) says what the limit is
    }
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PAYLOAD_TOO_LARGE);
    problem.setTitle(messages.getMessage("problem.payloadTooLarge", null, locale));
    problem.setDetail(messages.getMessage("problem.payloadTooLarge.detail",
        new Object[] {maxFileSize.toMegabytes() + " MB", maxRequestSize.toMegabytes() + " MB"}, locale));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }
}
