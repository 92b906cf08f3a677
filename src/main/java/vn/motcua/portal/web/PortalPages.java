package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.motcua.applicant.EidLogin;

/** What every portal page knows (who is signed in) and the pages for what may go wrong on any of them. */
@ControllerAdvice(basePackageClasses = PortalPages.class)
class PortalPages {

  /** The signed-in applicant's username, for the header's links; null for a visitor. */
  @ModelAttribute("signedIn")
  String signedIn(Principal principal) {
    return principal == null ? null : principal.getName();
  }

  private final ObjectProvider<EidLogin> eidLogin;
  private final DataSize maxUpload;

  PortalPages(ObjectProvider<EidLogin> eidLogin,
              @Value("${motcua.upload.max-file-size:10MB}")
              DataSize maxUpload) {
    this.eidLogin = eidLogin;
    this.maxUpload = maxUpload;
  }

  /** Dates as dd/MM/yyyy and money as VND, for every page ({@code ${fmt.date(...)}}). */
  @ModelAttribute("fmt")
  Formats formats() {
    return Formats.INSTANCE;
  }

  /** The upload limit, for the pages' upload script (it refuses a file over it before sending it). */
  @ModelAttribute("maxBytes")
  long maxBytes() {
    return maxUpload.toBytes();
  }

  @ModelAttribute("maxMegabytes")
  long maxMegabytes() {
    return maxUpload.toMegabytes();
  }

  /** Whether the login page offers the national e-ID (when its OpenID Connect client registration is configured). */
  @ModelAttribute("eidEnabled")
  boolean eidEnabled() {
    return eidLogin.getIfAvailable() != null;
  }

  /** Someone else's dossier, or none: "not found", as for a code that does not exist. */
  @ExceptionHandler(vn.motcua.dossier.DossierNotFoundException.class)
  String notFound(HttpServletResponse response) {
    response.setStatus(404);
    return "error/404";
  }

  /**
   * A step the dossier's status no longer allows: most often a second click after the first one worked
   * (withdraw, rate, supplement). The page says what the status is and leads back to the dossier.
   */
  @ExceptionHandler(vn.motcua.dossier.DossierStateException.class)
  String conflict(vn.motcua.dossier.DossierStateException e, HttpServletResponse response, Model model) {
    response.setStatus(409);
    model.addAttribute("code", e.dossierCode());
    model.addAttribute("messageCode", e.messageCode());
    model.addAttribute("status", e.status().name());
    return "portal/conflict";
  }

  @ExceptionHandler(RateLimits.TooManyRequests.class)
  String tooMany(RateLimits.TooManyRequests e, HttpServletResponse response, Model model) {
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
    model.addAttribute("minutes", Math.max(1, (e.retryAfterSeconds() + 59) / 60));
    return "portal/too-many";
  }
}
