package vn.motcua.workflow.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses, with 400, every request that names a parameter ending in "Expression": in the query
 * string or as a key anywhere in a JSON body ({@code orQueries} of a task query, a stored filter's
 * query). Camunda 7.24.0 CE hands such expressions inside {@code orQueries} to the expression
 * engine for any signed-in user even with expressions in ad-hoc queries switched off, and an
 * expression may call any Spring bean (advisory fixed only in paid releases; DESIGN.md, "Camunda
 * 7.24 facts"). No client of ours needs them: Tasklist, Cockpit and Modeler work without.
 */
class QueryExpressionFilter extends OncePerRequestFilter {

  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper ERRORS = new ObjectMapper();

  private final MessageSource messages;
  private final LocaleResolver locales;

  QueryExpressionFilter(MessageSource messages, LocaleResolver locales) {
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> refused = expressionInQuery(request.getQueryString());
    HttpServletRequest forwarded = request;
    if (refused.isEmpty() && mayCarryJson(request)) {
      byte[] body = request.getInputStream().readAllBytes();
      refused = expressionInJson(body);
      forwarded = new BufferedBodyRequest(request, body);
    }
    if (refused.isPresent()) {
      refuse(request, response, refused.get());
      return;
    }
    chain.doFilter(forwarded, response);
  }

  static boolean isExpression(String parameterName) {
    return parameterName.toLowerCase(Locale.ROOT).endsWith("expression");
  }

  static Optional<String> expressionInQuery(String queryString) {
    if (queryString == null) {
      return Optional.empty();
    }
    for (String pair : queryString.split("&")) {
      String name = pair.split("=", 2)[0];
      try {
        name = URLDecoder.decode(name, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        // checked as sent; the REST layer refuses malformed escapes itself
      }
      if (isExpression(name)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** Any key at any depth. A body that is not JSON passes: the REST layer refuses it anyway. */
  static Optional<String> expressionInJson(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try (JsonParser parser = JSON.createParser(body)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && isExpression(parser.currentName())) {
          return Optional.of(parser.currentName());
        }
      }
    } catch (IOException notJson) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Multipart (deployments) and form posts are not JSON, and reading a form post here would consume
   * its parameters.
   */
  private static boolean mayCarryJson(HttpServletRequest request) {
    String contentType = request.getContentType();
    if (contentType == null) {
      return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return !type.startsWith("multipart/")
        && !type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String parameter)
      throws IOException {
    String message =
        messages.getMessage(
            "security.queryExpression", new Object[] {parameter}, locales.resolveLocale(request));
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // the shape of Camunda's own REST errors, so Tasklist, Cockpit and Modeler show the message
    response
        .getWriter()
        .write(
            ERRORS.writeValueAsString(
                Map.of("type", "InvalidRequestException", "message", message)));
  }

  /** Hands the body read here to the REST layer again. */
  private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
