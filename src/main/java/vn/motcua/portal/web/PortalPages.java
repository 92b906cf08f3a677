package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page knows (who is signed in) and the pages for what may go wrong on any of them. */
@ControllerAdvice(basePackageClasses = PortalPages.class)
class PortalPages {

  /** The signed-in applicant's username, for the header's links; null for a visitor. */
  @ModelAttribute("signedIn")
  String signedIn(Principal principal) {
    return principal == null ? null : principal.getName();
  }

  /** Whether the login page offers the national e-ID (set when an OpenID Connect provider is configured). */
  @ModelAttribute("eidEnabled")
  boolean eidEnabled() {
    return false;
  }

  @ExceptionHandler(RateLimits.TooManyRequests.class)
  String tooMany(RateLimits.TooManyRequests e, HttpServletResponse response, Model model) {
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
    model.addAttribute("minutes", Math.max(1, (e.retryAfterSeconds() + 59) / 60));
    return "portal/too-many";
  }
}
