package vn.motcua.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/**
 * A multipart body whose file name holds a NUL fails inside Tomcat the first time anything reads a
 * parameter, which for a portal form is Spring Security's CSRF check, before any controller or
 * advice: the request gets a 400 here instead of a 500. First of all filters, so that it sees every
 * such failure.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableRequests extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException e) {
      if (response.isCommitted() || !unreadableFileName(e)) {
        throw e;
      }
      // the error page must not read the parts again (DispatcherServlet skips them after a
      // multipart failure)
      request.setAttribute(
          WebUtils.ERROR_EXCEPTION_ATTRIBUTE, new MultipartException("unreadable file name", e));
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  private static boolean unreadableFileName(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidFileNameException) {
        return true;
      }
    }
    return false;
  }
}
