package vn.motcua.paper.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalog.Agencies;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.paper.DossierRegister;
import vn.motcua.paper.SlipKind;
import vn.motcua.paper.Slips;
import vn.motcua.shared.OfficerAuthorities;

/**
 * A dossier's official slips and an agency's register over HTTP Basic, for the applicant who owns
 * the dossier (01, 02, 03, 05 once issued; anyone else's dossier is "not found") and for officers,
 * signed in with their Camunda accounts, of the agencies that work it (every slip; 403 for another
 * agency's officer). {@code /api/v1/dossiers/{code}/slips/{number}.pdf} is the stable address the
 * task form links to (docs/slips.md).
 */
@RestController
@Tag(name = "Slips", description = "The slips of Circular 03/2025/TT-VPCP and the dossier register")
class SlipController {

  private static final Logger log = LoggerFactory.getLogger(SlipController.class);
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** The longest reason an apology prints: a paragraph, not a file. */
  private static final int MAX_REASON = 2000;

  private final Slips slips;
  private final DossierRegister register;
  private final Dossiers dossiers;
  private final Agencies agencies;
  private final MessageSource messages;

  SlipController(
      Slips slips,
      DossierRegister register,
      Dossiers dossiers,
      Agencies agencies,
      MessageSource messages) {
    this.slips = slips;
    this.register = register;
    this.dossiers = dossiers;
    this.agencies = agencies;
    this.messages = messages;
  }

  /** A slip the caller may download now, and where. */
  record SlipLink(String number, String title, String href) {}

  @GetMapping("/api/v1/dossiers/{code}/slips")
  @Operation(summary = "The slips of a dossier the caller may download now")
  ResponseEntity<?> list(Authentication caller, @PathVariable String code) {
    Access access = access(caller, code);
    if (access.problem() != null) {
      return access.problem();
    }
    List<SlipKind> kinds = new ArrayList<>(slips.issuedToApplicant(access.dossier()));
    if (access.officer()) {
      kinds.add(SlipKind.PROCESS_CONTROL);
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(
            kinds.stream()
                .map(
                    k ->
                        new SlipLink(
                            k.number(),
                            messages.getMessage(
                                k.titleKey(), null, LocaleContextHolder.getLocale()),
                            "/api/v1/dossiers/" + code + "/slips/" + k.number() + ".pdf"))
                .toList());
  }

  @GetMapping({
    "/api/v1/dossiers/{code}/slips/{number}.pdf",
    "/can-bo/ho-so/{code}/phieu/{number}.pdf"
  })
  @Operation(
      summary =
          "One slip as PDF: 01 receipt, 02 supplement request, 03 refusal, 05 stop notice;"
              + " 04 apology once issued; for officers also 06 process control, 04 as drafted, and 04"
              + " for any new appointment and reason (newAppointment, reason)")
  ResponseEntity<?> slip(
      Authentication caller,
      @PathVariable String code,
      @PathVariable String number,
      @RequestParam(required = false) String newAppointment,
      @RequestParam(required = false) String reason) {
    Optional<SlipKind> kind = SlipKind.ofNumber(number);
    if (kind.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "slip.problem.unknownKind", number);
    }
    Access access = access(caller, code);
    if (access.problem() != null) {
      return access.problem();
    }
    Optional<Slips.Slip> slip;
    if (kind.get() == SlipKind.APOLOGY && newAppointment == null && reason == null) {
      // the apology issued; for an officer, the draft awaiting the leader when there is one
      slip =
          access.officer()
              ? slips.apologyDraft(code).or(() -> slips.issued(code, SlipKind.APOLOGY))
              : slips.issued(code, SlipKind.APOLOGY);
    } else if (kind.get() == SlipKind.APOLOGY) {
      if (!access.officer()) {
        return notIssued(code, kind.get());
      }
      if (reason != null && reason.length() > MAX_REASON) {
        return problem(HttpStatus.BAD_REQUEST, "slip.problem.apologyInput");
      }
      try {
        slip = Optional.of(slips.apology(code, LocalDate.parse(newAppointment), reason));
      } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
        return problem(HttpStatus.BAD_REQUEST, "slip.problem.apologyInput");
      }
    } else if (kind.get() == SlipKind.PROCESS_CONTROL && !access.officer()) {
      return notIssued(code, kind.get());
    } else {
      slip = slips.issued(code, kind.get());
    }
    if (slip.isEmpty()) {
      return notIssued(code, kind.get());
    }
    if (access.officer()) {
      log.info("Slip {} of dossier {} opened by officer {}", number, code, caller.getName());
    }
    return file(slip.get().fileName(), MediaType.APPLICATION_PDF, slip.get().pdf(), true);
  }

  @GetMapping("/api/v1/agencies/{agencyId}/register.csv")
  @Operation(
      summary = "An agency's dossier register (template 07) as CSV: from and to as yyyy-MM-dd")
  ResponseEntity<?> csv(
      Authentication caller,
      @PathVariable String agencyId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return registerFile(caller, agencyId, from, to, false);
  }

  @GetMapping("/api/v1/agencies/{agencyId}/register.xlsx")
  @Operation(summary = "An agency's dossier register (template 07) as an Excel workbook")
  ResponseEntity<?> xlsx(
      Authentication caller,
      @PathVariable String agencyId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return registerFile(caller, agencyId, from, to, true);
  }

  private ResponseEntity<?> registerFile(
      Authentication caller, String agencyId, String from, String to, boolean excel) {
    if (agencies.find(agencyId).isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "problem.notFound");
    }
    if (!OfficerAuthorities.agencies(caller.getAuthorities()).contains(agencyId)) {
      return problem(HttpStatus.FORBIDDEN, "slip.problem.forbiddenRegister", agencyId);
    }
    LocalDate start;
    LocalDate end;
    try {
      start = LocalDate.parse(from);
      end = LocalDate.parse(to);
    } catch (DateTimeParseException | NullPointerException e) {
      return period();
    }
    if (!validPeriod(start, end)) {
      return period();
    }
    log.info(
        "Register of {} from {} to {} taken by officer {}", agencyId, start, end, caller.getName());
    String name = "so-theo-doi-ho-so-" + agencyId + "-" + start + "-" + end;
    return excel
        ? file(name + ".xlsx", XLSX, register.xlsx(agencyId, start, end), false)
        : file(
            name + ".csv",
            new MediaType("text", "csv", StandardCharsets.UTF_8),
            register.csv(agencyId, start, end),
            false);
  }

  private static boolean validPeriod(LocalDate from, LocalDate to) {
    return !from.isAfter(to) && ChronoUnit.DAYS.between(from, to) < DossierRegister.MAX_DAYS;
  }

  private ResponseEntity<ProblemDetail> period() {
    ResponseEntity<ProblemDetail> problem =
        problem(HttpStatus.BAD_REQUEST, "slip.problem.period", DossierRegister.MAX_DAYS);
    problem.getBody().setProperty("fields", List.of("from", "to"));
    return problem;
  }

  /**
   * Who may see the dossier: its applicant (anyone else's is 404, so codes cannot be probed), or an
   * officer of an agency that works it (another agency's: 403).
   */
  private Access access(Authentication caller, String code) {
    if (OfficerAuthorities.isApplicant(caller.getAuthorities())) {
      try {
        return new Access(dossiers.getOwned(caller.getName(), code), false, null);
      } catch (DossierNotFoundException e) {
        return new Access(null, false, notFound(code));
      }
    }
    if (!OfficerAuthorities.isOfficer(caller.getAuthorities())) {
      return new Access(null, false, problem(HttpStatus.FORBIDDEN, "slip.problem.forbidden"));
    }
    DossierView dossier;
    try {
      dossier = dossiers.get(code);
    } catch (DossierNotFoundException e) {
      return new Access(null, true, notFound(code));
    }
    Set<String> working = new HashSet<>(dossier.workingAgencies());
    working.retainAll(OfficerAuthorities.agencies(caller.getAuthorities()));
    if (working.isEmpty()) {
      return new Access(null, true, problem(HttpStatus.FORBIDDEN, "slip.problem.forbidden"));
    }
    return new Access(dossier, true, null);
  }

  record Access(DossierView dossier, boolean officer, ResponseEntity<ProblemDetail> problem) {}

  private ResponseEntity<ProblemDetail> notFound(String code) {
    return problem(HttpStatus.NOT_FOUND, "dossier.notFound", code);
  }

  private ResponseEntity<ProblemDetail> notIssued(String code, SlipKind kind) {
    return problem(
        HttpStatus.NOT_FOUND,
        "slip.problem.notIssued",
        code,
        messages.getMessage(kind.titleKey(), null, LocaleContextHolder.getLocale()));
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Object... args) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    String title =
        switch (status) {
          case BAD_REQUEST -> "problem.badRequest";
          case FORBIDDEN -> "problem.forbidden";
          default -> "problem.notFound";
        };
    problem.setTitle(
        messages.getMessage(
            title, null, status.getReasonPhrase(), LocaleContextHolder.getLocale()));
    problem.setDetail(messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ResponseEntity<byte[]> file(
      String name, MediaType type, byte[] content, boolean inline) {
    ContentDisposition disposition =
        (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(name, StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .contentType(type)
        .body(content);
  }
}
