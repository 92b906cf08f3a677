package vn.motcua.system.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * A portal form's upload over the size limit fails while the server reads its parts, so its CSRF
 * token (a part like any other) is never read and Spring Security would answer 403, as if the
 * citizen had been attacked. Such a request gets 413 and the page that says what the limit is
 * ({@code error/413}). Nothing was done with the request either way; every other denial is answered
 * as before.
 */
final class OversizedUploads implements AccessDeniedHandler {

  private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    MultipartException unreadable =
        denied instanceof CsrfException ? unreadableParts(request) : null;
    if (unreadable != null) {
      // tells the DispatcherServlet not to read the parts again while it renders the error page
      request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, unreadable);
    }
    if (unreadable instanceof MaxUploadSizeExceededException) {
      response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
      return;
    }
    otherwise.handle(request, response, denied);
  }

  /**
   * Spring's own reading of the parts decides, as it would in the controller: why they cannot be
   * read (too large, cut short, no boundary), or null when they can.
   */
  static MultipartException unreadableParts(HttpServletRequest request) {
    if (!StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/")) {
      return null;
    }
    try {
      new StandardMultipartHttpServletRequest(request);
      return null;
    } catch (MultipartException e) {
      return e;
    }
  }
}
