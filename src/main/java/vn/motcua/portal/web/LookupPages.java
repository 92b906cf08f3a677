package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.catalog.CitizenNumbers;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.LookupCodeRejectedException;
import vn.motcua.dossier.LookupCodeRequest;
import vn.motcua.dossier.LookupRateLimits;
import vn.motcua.dossier.LookupView;
import vn.motcua.dossier.PublicLookup;
import vn.motcua.shared.VietnameseFormats;

/**
 * The public look-up as pages, on the rules of the JSON look-up ({@link PublicLookup}: masked name,
 * a one-time code by SMS for a look-up by citizen ID) and on the same rate-limit buckets. By code
 * is a plain GET form; by citizen ID two POSTs with CSRF tokens. The request id and the masked
 * phone travel in the code page's hidden fields rather than in a session or a URL: nothing to
 * expire on the server, nothing in the browser's history. Errors are shown at the top and at the
 * field.
 */
@Controller
@RequestMapping("/tra-cuu")
class LookupPages {

  private final PublicLookup lookup;
  private final LookupRateLimits limits;
  private final MessageSource messages;
  private final Clock clock;

  LookupPages(PublicLookup lookup, LookupRateLimits limits, MessageSource messages, Clock clock) {
    this.lookup = lookup;
    this.limits = limits;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The two ways in; with {@code code}, the dossier of that code (or the form again, saying it is
   * unknown).
   */
  @GetMapping
  String start(
      @RequestParam(name = QueryParameters.CODE, required = false) String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (code == null) {
      return startPage(model, "", "", Map.of());
    }
    String typed = shorten(code.strip());
    if (typed.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return startPage(
          model, typed, "", Map.of(QueryParameters.CODE, message("portal.lookup.ma.missing")));
    }
    limits.lookup(request.getRemoteAddr());
    try {
      model.addAttribute("d", lookup.byCode(typed));
      return "portal/lookup-result";
    } catch (DossierNotFoundException unknown) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return startPage(
          model, typed, "", Map.of(QueryParameters.CODE, message("lookup.notFound.detail")));
    }
  }

  /**
   * Sends the one-time code to the phone on file (the same answer whether or not any dossier
   * carries the ID).
   */
  @PostMapping("/cccd")
  String requestCode(
      @RequestParam(name = QueryParameters.CITIZEN_ID, required = false) String citizenId,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    // people type the 12 digits in groups; the spaces mean nothing
    String id = citizenId == null ? "" : shorten(citizenId.replaceAll("\\s", ""));
    Optional<String> problem =
        id.isEmpty()
            ? Optional.of("portal.lookup.cccd.missing")
            : CitizenNumbers.citizenIdProblem(id, Year.now(clock));
    if (problem.isPresent()) {
      // checked before the limit is counted: a typo sends no SMS, so it need not cost one of the
      // few requests
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return startPage(
          model,
          "",
          id,
          Map.of(
              QueryParameters.CITIZEN_ID,
              message(problem.get(), message("portal.lookup.cccd.label"))));
    }
    limits.codeRequest(request.getRemoteAddr(), id);
    LookupCodeRequest sent = lookup.requestCode(id);
    model.addAttribute("expiresAt", VietnameseFormats.dateAndTime(sent.expiresAt()));
    return codePage(model, sent.requestId(), sent.maskedPhone(), Map.of());
  }

  /** The citizen's dossiers, once the code from the SMS opens the request. */
  @PostMapping("/xac-thuc")
  String verify(
      @RequestParam(name = QueryParameters.REQUEST, required = false) String requestId,
      @RequestParam(name = QueryParameters.OTP, required = false) String code,
      @RequestParam(name = QueryParameters.PHONE, required = false) String maskedPhone,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String typed = code == null ? "" : code.replaceAll("\\s", "");
    String phone =
        maskedPhone != null && maskedPhone.matches("\\d{2}\\*{4,9}\\d{2}") ? maskedPhone : null;
    if (!typed.matches("\\d{6}")) {
      // a typo is not a try: the request keeps its five
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      String problem = typed.isEmpty() ? "lookup.codeRejected.MISSING" : "portal.lookup.otp.format";
      return codePage(model, requestId, phone, Map.of(QueryParameters.OTP, message(problem)));
    }
    limits.lookup(request.getRemoteAddr());
    try {
      List<LookupView> dossiers = lookup.byCitizenId(requestId, typed);
      model.addAttribute("dossiers", dossiers);
      return "portal/lookup-list";
    } catch (LookupCodeRejectedException rejected) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute(
          "needsNewCode", rejected.reason() != LookupCodeRejectedException.Reason.WRONG);
      return codePage(
          model,
          requestId,
          phone,
          Map.of(QueryParameters.OTP, message("lookup.codeRejected." + rejected.reason().name())));
    }
  }

  /**
   * The POST-only steps opened by a GET (a language link, a bookmark, a reload after a restart):
   * start again.
   */
  @GetMapping({"/cccd", "/xac-thuc"})
  String restart() {
    return "redirect:/tra-cuu";
  }

  /** Past a limit: 429, in words, with when to come back (and {@code Retry-After} for programs). */
  private String startPage(Model model, String code, String citizenId, Map<String, String> errors) {
    model.addAttribute(QueryParameters.CODE, code);
    model.addAttribute(QueryParameters.CITIZEN_ID, citizenId);
    model.addAttribute("errors", new LinkedHashMap<>(errors));
    return "portal/lookup";
  }

  private String codePage(
      Model model, String requestId, String maskedPhone, Map<String, String> errors) {
    model.addAttribute("requestId", requestId == null ? "" : shorten(requestId));
    model.addAttribute("maskedPhone", maskedPhone);
    model.addAttribute("errors", new LinkedHashMap<>(errors));
    return "portal/lookup-code";
  }

  /** What is typed is shown back in the form; no more of it than any real value needs. */
  private static String shorten(String typed) {
    return typed.length() > 64 ? typed.substring(0, 64) : typed;
  }

  private String message(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
