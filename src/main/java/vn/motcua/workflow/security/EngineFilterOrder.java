package vn.motcua.workflow.security;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * The order of the servlet filters in front of Camunda's servlets, in one place: all after Spring
 * Security (order -100, so every answer carries the security headers), before whatever Camunda
 * registers. The body is bounded before anything reads it, and the caller is authenticated before
 * any filter buffers it.
 */
public final class EngineFilterOrder {

  public static final int ADMIN_SETUP_BLOCK = 0;
  public static final int BODY_LIMIT = 1;

  /**
   * {@code /engine-rest}'s HTTP Basic against Camunda's identity: an anonymous body is refused
   * unread.
   */
  public static final int AUTHENTICATION = 2;

  public static final int TASK_DELETION_BLOCK = 3;

  /** Reads (buffers) JSON bodies: after the limit and the authentication. */
  public static final int QUERY_EXPRESSIONS = 4;

  /** Holds the webapps' answers until Camunda's filters are done: the session saved once. */
  public static final int RESPONSE_HELD = 5;

  private EngineFilterOrder() {}

  /** Registers {@code filter} under {@code name} at {@code order}, for the given URL patterns. */
  public static <F extends Filter> FilterRegistrationBean<F> register(
      F filter, String name, int order, String... urlPatterns) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(order);
    return registration;
  }
}
