package vn.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * HSTS, a Content-Security-Policy, X-Frame-Options and X-Content-Type-Options on every response,
 * whichever filter chain answers it ({@code vn.motcua.system.security.WebSecurity}'s, or a
 * sandbox's own). Each header is written only when the response does not carry it yet, so the
 * Camunda webapps keep the policy their own header filter writes (configured under {@code
 * camunda.bpm.webapp.header-security}, with a per-response script nonce).
 */
public final class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

  /** JSON and other machine answers: nothing may load, nothing may frame them. */
  public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  /**
   * Pages of our own (sandboxes, Swagger UI, the portal): same-origin files only, no inline script.
   */
  public static final String PAGE_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

  /** The H2 console (demo profile only) is a frameset with inline scripts. */
  public static final String H2_CONSOLE_POLICY = "frame-ancestors 'self'";

  static final long ONE_YEAR = 365L * 24 * 60 * 60;

  private SecurityHeaders() {}

  /** Every response of a chain gets the same policy. */
  public static Customizer<HeadersConfigurer<HttpSecurity>> withPolicy(
      String contentSecurityPolicy) {
    return headers ->
        common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy));
  }

  /** A chain serving several path families: the policy follows the path. */
  public static Customizer<HeadersConfigurer<HttpSecurity>> byPath() {
    return headers ->
        common(headers)
            .frameOptions(frame -> frame.disable())
            .addHeaderWriter(
                ifAbsent(
                    "X-Frame-Options", request -> isH2Console(request) ? "SAMEORIGIN" : "DENY"))
            .addHeaderWriter(ifAbsent(CONTENT_SECURITY_POLICY, SecurityHeaders::policyFor));
  }

  static String policyFor(HttpServletRequest request) {
    String path = path(request);
    if (isH2Console(request)) {
      return H2_CONSOLE_POLICY;
    }
    if (path.startsWith("/camunda/")
        || path.startsWith("/sandbox/")
        || path.startsWith("/swagger-ui")) {
      return PAGE_POLICY;
    }
    return API_POLICY;
  }

  /**
   * HSTS on plain HTTP too: the application usually sits behind a proxy that ends TLS and forwards
   * plain HTTP, and browsers ignore the header on a response that did not come over HTTPS.
   */
  private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
    return headers
        .httpStrictTransportSecurity(
            hsts ->
                hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(ONE_YEAR)
                    .includeSubDomains(true))
        .contentTypeOptions(Customizer.withDefaults());
  }

  private static HeaderWriter ifAbsent(String header, Function<HttpServletRequest, String> value) {
    return (request, response) -> {
      if (!response.containsHeader(header)) {
        response.setHeader(header, value.apply(request));
      }
    };
  }

  private static boolean isH2Console(HttpServletRequest request) {
    return path(request).startsWith("/h2-console");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
