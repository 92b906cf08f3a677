package vn.motcua.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/**
 * A request larger than the upload limits fails while its parts are read, before any controller is
 * chosen, so no controller's advice sees it: this one answers the API's with a problem (RFC 9457)
 * in the caller's language; a page's goes on to Spring's 413 and the portal's error page. First in
 * line, ahead of Boot's problem-details handler, whose detail does not say what the limit is.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

  private final MessageSource messages;
  private final DataSize maxFileSize;
  private final DataSize maxRequestSize;

  UploadLimits(
      MessageSource messages,
      @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize,
      @Value("${spring.servlet.multipart.max-request-size:30MB}") DataSize maxRequestSize) {
    this.messages = messages;
    this.maxFileSize = maxFileSize;
    this.maxRequestSize = maxRequestSize;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(
      MaxUploadSizeExceededException e, HttpServletRequest request) {
    if (!isApi(request)) {
      throw e; // not resolved here: Spring answers 413 and the portal's error page (error/413) says
      // what the limit is
    }
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PAYLOAD_TOO_LARGE);
    problem.setTitle(messages.getMessage("problem.payloadTooLarge", null, locale));
    problem.setDetail(
        messages.getMessage(
            "problem.payloadTooLarge.detail",
            new Object[] {maxFileSize.toMegabytes() + " MB", maxRequestSize.toMegabytes() + " MB"},
            locale));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /**
   * A multipart body that cannot be read (no boundary, cut short, not multipart where files are
   * expected): the client's fault, 400. The API gets a problem; a page, the portal's 400 page.
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadable(
      MultipartException e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status) {
      return ResponseEntity.status(status)
          .build(); // rendering an earlier error (a refused sign-in): that status stands
    }
    if (!isApi(request)) {
      request.setAttribute(
          WebUtils.ERROR_EXCEPTION_ATTRIBUTE, e); // the error page must not read the parts again
      response.sendError(HttpStatus.BAD_REQUEST.value());
      return null;
    }
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(messages.getMessage("problem.badRequest", null, locale));
    problem.setDetail(messages.getMessage("problem.multipart", null, locale));
    return ResponseEntity.badRequest().body(problem);
  }
}
