package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.motcua.applicant.EidLogin;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierStateException;
import vn.motcua.dossier.LookupRateLimitedException;
import vn.motcua.payment.OnlinePaymentNotAllowedException;
import vn.motcua.shared.ValueTooLongException;
import vn.motcua.shared.VietnameseFormats;

/**
 * What every portal page knows (who is signed in) and the pages for what may go wrong on any of
 * them.
 */
@ControllerAdvice(basePackageClasses = PortalPages.class)
class PortalPages {

  /** The signed-in applicant's username, for the header's links; null for a visitor. */
  @ModelAttribute("signedIn")
  String signedIn(Principal principal) {
    return principal == null ? null : principal.getName();
  }

  private final ObjectProvider<EidLogin> eidLogin;
  private final DataSize maxUpload;
  private final MessageSource messages;
  private final Clock clock;

  PortalPages(
      ObjectProvider<EidLogin> eidLogin,
      MessageSource messages,
      Clock clock,
      @Value("${motcua.upload.max-file-size:10MB}") DataSize maxUpload) {
    this.eidLogin = eidLogin;
    this.messages = messages;
    this.clock = clock;
    this.maxUpload = maxUpload;
  }

  /** Dates as dd/MM/yyyy and money as VND, for every page ({@code ${fmt.date(...)}}). */
  @ModelAttribute("fmt")
  Formats formats() {
    return Formats.INSTANCE;
  }

  /**
   * The upload limit, for the pages' upload script (it refuses a file over it before sending it).
   */
  @ModelAttribute("maxBytes")
  long maxBytes() {
    return maxUpload.toBytes();
  }

  @ModelAttribute("maxMegabytes")
  long maxMegabytes() {
    return maxUpload.toMegabytes();
  }

  /**
   * Whether the login page offers the national e-ID (when its OpenID Connect client registration is
   * configured).
   */
  @ModelAttribute("eidEnabled")
  boolean eidEnabled() {
    return eidLogin.getIfAvailable() != null;
  }

  /** Someone else's dossier, or none: "not found", as for a code that does not exist. */
  @ExceptionHandler(DossierNotFoundException.class)
  String notFound(HttpServletResponse response, Model model, Principal principal) {
    everyPage(model, principal);
    response.setStatus(404);
    return "error/404";
  }

  /**
   * A step the dossier's status no longer allows: most often a second click after the first one
   * worked (withdraw, rate, supplement). The page says what the status is and leads back to the
   * dossier.
   */
  @ExceptionHandler(DossierStateException.class)
  String conflict(
      DossierStateException e, HttpServletResponse response, Model model, Principal principal) {
    model.addAttribute("messageCode", e.messageCode());
    model.addAttribute("status", e.status().name());
    return conflictPage(e.dossierCode(), response, model, principal);
  }

  /**
   * A value longer than the database keeps: 400, the field named, nothing saved (the draft stays in
   * the session).
   */
  @ExceptionHandler(ValueTooLongException.class)
  String tooLong(
      ValueTooLongException e, HttpServletResponse response, Model model, Principal principal) {
    everyPage(model, principal);
    response.setStatus(400);
    String label = messages.getMessage("field." + e.field(), null, e.field(), locale());
    model.addAttribute(
        "reason",
        messages.getMessage("problem.tooLong", new Object[] {label, e.maxLength()}, locale()));
    return "error/400";
  }

  /**
   * A level-3 dossier's fee is paid at the counter: the page says so instead of sending the citizen
   * to the gateway.
   */
  @ExceptionHandler(OnlinePaymentNotAllowedException.class)
  String counterOnly(
      OnlinePaymentNotAllowedException e,
      HttpServletResponse response,
      Model model,
      Principal principal) {
    model.addAttribute(
        "message",
        messages.getMessage(
            OnlinePaymentNotAllowedException.MESSAGE_CODE,
            new Object[] {e.dossierCode()},
            locale()));
    return conflictPage(e.dossierCode(), response, model, principal);
  }

  /** 409, and a page that names the dossier and leads back to it. */
  private String conflictPage(
      String dossierCode, HttpServletResponse response, Model model, Principal principal) {
    everyPage(model, principal);
    response.setStatus(409);
    model.addAttribute("code", dossierCode);
    return "portal/conflict";
  }

  @ExceptionHandler(RateLimits.TooManyRequests.class)
  String tooMany(
      RateLimits.TooManyRequests e,
      HttpServletResponse response,
      Model model,
      Principal principal) {
    everyPage(model, principal);
    return tooMany(
        e.retryAfterSeconds(), "portal.tooMany.title", "portal.tooMany.why", response, model);
  }

  @ExceptionHandler(LookupRateLimitedException.class)
  String tooManyLookups(
      LookupRateLimitedException e,
      HttpServletResponse response,
      Model model,
      Principal principal) {
    everyPage(model, principal);
    return tooMany(
        e.retryAfterSeconds(),
        "portal.lookup.limited.title",
        "portal.lookup.limited.why",
        response,
        model);
  }

  /**
   * Past a limit: 429 with Retry-After, and a page that says how long to wait and from when to come
   * back.
   */
  private String tooMany(
      long seconds, String title, String why, HttpServletResponse response, Model model) {
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    model.addAttribute("limitTitle", title);
    model.addAttribute("limitWhy", why);
    model.addAttribute(
        "wait",
        seconds < 60
            ? messages.getMessage("portal.duration.seconds", new Object[] {seconds}, locale())
            : messages.getMessage(
                "portal.duration.minutes", new Object[] {(seconds + 59) / 60}, locale()));
    // rounded up to the minute shown, so that coming back at that minute is never too early
    model.addAttribute(
        "from",
        VietnameseFormats.dateAndTime(
            clock.instant().plusSeconds(seconds + 59).truncatedTo(ChronoUnit.MINUTES)));
    return "portal/too-many";
  }

  /**
   * An exception handler's page gets no {@code @ModelAttribute}s: what the layout needs, given
   * here.
   */
  private void everyPage(Model model, Principal principal) {
    model.addAttribute("signedIn", signedIn(principal));
    model.addAttribute("fmt", formats());
    model.addAttribute("maxBytes", maxBytes());
    model.addAttribute("maxMegabytes", maxMegabytes());
    model.addAttribute("eidEnabled", eidEnabled());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
