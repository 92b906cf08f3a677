package vn.motcua.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.LookupCodeRejectedException;
import vn.motcua.dossier.LookupCodeRequest;
import vn.motcua.dossier.LookupRateLimitedException;
import vn.motcua.dossier.LookupRateLimits;
import vn.motcua.dossier.PublicLookup;

/**
 * The public look-up, no sign-in: by dossier code, or by citizen ID with a one-time code sent by
 * SMS. Rate-limited.
 */
@RestController
@RequestMapping("/api/v1/lookup")
@Tag(
    name = "Dossier lookup",
    description = "Public look-up of a dossier's progress, without signing in")
class LookupController {

  private final PublicLookup lookup;
  private final LookupRateLimits limits;
  private final MessageSource messages;

  LookupController(PublicLookup lookup, LookupRateLimits limits, MessageSource messages) {
    this.lookup = lookup;
    this.limits = limits;
    this.messages = messages;
  }

  record CodeRequestBody(String citizenId) {}

  record CodeRequestResponse(
      String requestId, String maskedPhone, Instant expiresAt, String message) {}

  @GetMapping
  @Operation(
      summary =
          "A dossier by its code: masked applicant name, dates, status and stages (404 for an unknown code)")
  LookupResponse byCode(
      @Parameter(description = "e.g. 000.00.04.H40-261126-0002") @RequestParam(required = false)
          String code,
      HttpServletRequest request) {
    limits.lookup(request.getRemoteAddr());
    return LookupResponse.of(lookup.byCode(code));
  }

  @PostMapping("/citizen-id-requests")
  @Operation(
      summary = "Send a one-time code by SMS to the phone on file for a citizen ID",
      description =
          "Answers 202 with the same shape whether or not a dossier carries the ID; the code goes only to a phone on file.")
  ResponseEntity<CodeRequestResponse> requestCode(
      @RequestBody CodeRequestBody body, HttpServletRequest request) {
    limits.codeRequest(request.getRemoteAddr(), body.citizenId());
    LookupCodeRequest sent = lookup.requestCode(body.citizenId());
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/lookup/citizen-id-requests/" + sent.requestId()))
        .body(
            new CodeRequestResponse(
                sent.requestId(),
                sent.maskedPhone(),
                sent.expiresAt(),
                message("lookup.codeSent", sent.maskedPhone())));
  }

  @GetMapping("/citizen-id-requests/{requestId}")
  @Operation(
      summary = "The citizen's dossiers, with the one-time code from the SMS (single use, 5 tries)")
  List<LookupResponse> byCitizenId(
      @PathVariable String requestId,
      @Parameter(description = "the 6 digits from the SMS") @RequestParam(required = false)
          String otp,
      HttpServletRequest request) {
    limits.lookup(request.getRemoteAddr());
    return lookup.byCitizenId(requestId, otp).stream().map(LookupResponse::of).toList();
  }

  /**
   * The same answer for every miss, whatever was typed: nothing in it tells a malformed code from
   * an unknown one.
   */
  @ExceptionHandler(DossierNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(DossierNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(problem(HttpStatus.NOT_FOUND, "lookup.notFound", "lookup.notFound.detail"));
  }

  /**
   * No code: 401, asking for one. A code that does not open the request: 403, saying why (none of
   * it is about the citizen).
   */
  @ExceptionHandler(LookupCodeRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(LookupCodeRejectedException e) {
    boolean missing = e.reason() == LookupCodeRejectedException.Reason.MISSING;
    HttpStatus status = missing ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
    ProblemDetail problem =
        problem(
            status,
            missing ? "lookup.codeMissing" : "lookup.codeRejected",
            "lookup.codeRejected." + e.reason().name());
    problem.setProperty("reason", e.reason().name());
    ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
    if (missing) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "OneTimeCode realm=\"tra-cuu\"");
    }
    return response.body(problem);
  }

  @ExceptionHandler(LookupRateLimitedException.class)
  ResponseEntity<ProblemDetail> tooMany(LookupRateLimitedException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.TOO_MANY_REQUESTS,
            "lookup.tooManyRequests",
            "lookup.tooManyRequests.detail",
            e.retryAfterSeconds());
    problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
        .body(problem);
  }

  private ProblemDetail problem(HttpStatus status, String title, String detail, Object... args) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(message(title));
    problem.setDetail(message(detail, args));
    return problem;
  }

  private String message(String code, Object... args) {
    return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
  }
}
