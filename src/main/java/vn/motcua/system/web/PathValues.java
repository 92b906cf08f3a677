package vn.motcua.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A value in a path ({@code /ho-so-cua-toi/{code}}) that no code, id or name of ours can hold
 * (braces, control or text-direction characters) names nothing here: 404 before any controller
 * reads it. Braces would otherwise reach a {@code redirect:} as a URI template and fail it.
 */
@Configuration
class PathValues implements WebMvcConfigurer, HandlerInterceptor {

  private static final Pattern IMPOSSIBLE =
      Pattern.compile("[{}\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    Object values = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (values instanceof Map<?, ?> map
        && map.values().stream()
            .anyMatch(v -> v != null && IMPOSSIBLE.matcher(v.toString()).find())) {
      // an exception, not sendError: the API answers it as a problem, the portal with its 404 page
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return true;
  }
}
