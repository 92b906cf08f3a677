package vn.motcua.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the bodies sent to Camunda's REST APIs before anything reads them: the expression guard
 * buffers JSON bodies and Camunda reads a deployment's parts into memory, neither with a limit of
 * its own. A declared {@code Content-Length} over the limit is refused unread; a body without one
 * (chunked) is counted as it is read and refused the moment it passes the limit. Either way the
 * caller gets 413 as a problem.
 */
class BodyLimit extends OncePerRequestFilter {

  private final DataSize maxBody;
  private final DataSize maxMultipart;
  private final ProblemResponses problems;

  BodyLimit(DataSize maxBody, DataSize maxMultipart, ProblemResponses problems) {
    this.maxBody = maxBody;
    this.maxMultipart = maxMultipart;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    DataSize limit = limitFor(request);
    if (request.getContentLengthLong() > limit.toBytes()) {
      refuse(request, response, limit);
      return;
    }
    RefusableResponse refusable = new RefusableResponse(response);
    LimitedBodyRequest limited =
        new LimitedBodyRequest(
            request,
            limit.toBytes(),
            () -> {
              refuse(request, response, limit);
              refusable.seal();
            });
    try {
      chain.doFilter(limited, refusable);
      if (!refusable.isSealed() && limited.bodyLeftUnread() && !response.isCommitted()) {
        // refused unread (401 before authentication, 403, 400 ...): the answer goes now, not after
        // the server has
        // drained the rest of the body (Tomcat swallows up to server.tomcat.max-swallow-size before
        // it answers)
        response.flushBuffer();
      }
    } catch (IOException | ServletException | RuntimeException e) {
      // whoever was reading the body failed because it was too long: the 413 is already written
      if (!refusable.isSealed()) {
        throw e;
      }
    }
  }

  /** Deployments are multipart, with BPMN and forms: their own, larger limit. */
  private DataSize limitFor(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
        ? maxMultipart
        : maxBody;
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.reset();
    // the rest of the body is not wanted: the connection closes instead of carrying it
    response.setHeader("Connection", "close");
    problems.write(
        request, response, HttpStatus.PAYLOAD_TOO_LARGE, "security.bodyTooLarge", megabytes(limit));
    response.flushBuffer();
  }

  static String megabytes(DataSize size) {
    return size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0
        ? size.toMegabytes() + " MB"
        : size.toKilobytes() + " KB";
  }
}
