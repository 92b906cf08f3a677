package vn.motcua.interop.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalog.FieldError;
import vn.motcua.interop.NationalDossier;
import vn.motcua.interop.NationalDossierIntake;
import vn.motcua.interop.NationalDossierRefusedException;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * Dossiers from the national portal (and, through it, from interlinked software): believed only
 * with a valid signature over the exact bytes received, then handed to the {@link
 * NationalDossierIntake} (the dossier module), which takes them through the citizens' submission
 * path (the declaration against the procedure's form, every document sniffed and size-limited, the
 * fee, the code and the appointment, the process), in one transaction. A resend with the same
 * national id answers the dossier it created (200), once; an invalid dossier is refused with every
 * problem, each naming its field (400), and leaves nothing behind.
 */
@RestController
@Tag(
    name = "National portal",
    description =
        "Dossiers the national public-service portal sends us, signed with the shared secret")
class NationalDossierController {

  static final String PATH = "/api/interop/v1/dossiers";

  private static final Logger log = LoggerFactory.getLogger(NationalDossierController.class);
  private static final Pattern NATIONAL_ID = Pattern.compile("[A-Za-z0-9._-]{1,50}");
  private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final NationalDossierIntake intake;
  private final ObjectMapper objectMapper;
  private final MessageSource messages;
  private final NationalPortalSignature signature;
  private final long maxBody;

  NationalDossierController(
      NationalDossierIntake intake,
      ObjectMapper objectMapper,
      MessageSource messages,
      @Value("${motcua.national-portal.inbound-secret}") String secret,
      @Value("${motcua.national-portal.max-body-size}") DataSize maxBody) {
    this.intake = intake;
    this.objectMapper = objectMapper;
    this.messages = messages;
    this.signature = new NationalPortalSignature(secret);
    this.maxBody = maxBody.toBytes();
  }

  @PostMapping(
      value = PATH,
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Receive a dossier from the national portal",
      description =
          "The body is signed: HMAC-SHA256 of the exact bytes with the secret agreed with the"
              + " portal, hex, in X-National-Portal-Signature. 201 with our dossier code and"
              + " appointment; the same nationalId again answers the same dossier with 200; 400"
              + " lists every problem with its field and nothing is saved; 401 without a valid"
              + " signature. Status changes go back to the portal with the nationalId.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(implementation = NationalDossierJson.Request.class))),
      responses = {
        @ApiResponse(
            responseCode = "201",
            description = "Created",
            content =
                @Content(schema = @Schema(implementation = NationalDossierJson.Receipt.class))),
        @ApiResponse(
            responseCode = "200",
            description = "Sent before: the dossier it created",
            content =
                @Content(schema = @Schema(implementation = NationalDossierJson.Receipt.class))),
        @ApiResponse(responseCode = "400", description = "Invalid; nothing saved"),
        @ApiResponse(responseCode = "401", description = "No valid signature"),
        @ApiResponse(responseCode = "413", description = "Body larger than allowed")
      })
  ResponseEntity<?> receive(
      HttpServletRequest request,
      @Parameter(description = "hex HMAC-SHA256 of the body")
          @RequestHeader(name = NationalPortalSignature.HEADER, required = false)
          String signed)
      throws IOException {
    if (request.getContentLengthLong() > maxBody) {
      return tooLarge();
    }
    byte[] body =
        request.getInputStream().readNBytes((int) Math.min(maxBody + 1, Integer.MAX_VALUE));
    if (body.length > maxBody) {
      return tooLarge();
    }
    if (!signature.verify(body, signed)) {
      log.warn("National portal dossier with an invalid signature refused");
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
      problem.setTitle(message("interop.inbound.unauthorized"));
      problem.setDetail(message("interop.inbound.unauthorized.detail"));
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    NationalDossierJson.Request json = read(body, request);
    List<FieldError> errors = new ArrayList<>();
    NationalDossier dossier = dossier(json, errors);
    if (!errors.isEmpty()) {
      // every problem in one answer: the portal's own fields, and what the submission would say
      errors.addAll(intake.problems(dossier));
      throw new NationalDossierRefusedException(errors);
    }
    NationalDossierIntake.Receipt receipt = intake.receive(dossier);
    if (receipt.replayed()) {
      return ResponseEntity.ok().header("Idempotency-Replayed", "true").body(answer(receipt));
    }
    log.info(
        "Dossier {} received from the national portal as {}", receipt.code(), receipt.nationalId());
    return ResponseEntity.status(HttpStatus.CREATED).body(answer(receipt));
  }

  /** 400 with one entry per problem, as the citizens' API answers an invalid submission. */
  @ExceptionHandler(NationalDossierRefusedException.class)
  ResponseEntity<ProblemDetail> refused(NationalDossierRefusedException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(message("problem.invalidSubmission"));
    problem.setDetail(message("problem.invalidSubmission.detail", e.errors().size()));
    List<Map<String, Object>> errors = new ArrayList<>();
    for (FieldError error : e.errors()) {
      List<Object> args = new ArrayList<>();
      args.add(error.label());
      args.addAll(error.args());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("field", error.field());
      entry.put("label", error.label());
      entry.put("code", error.code());
      entry.put("message", message(error.code(), args.toArray()));
      errors.add(entry);
    }
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private NationalDossierJson.Request read(byte[] body, HttpServletRequest request) {
    try {
      NationalDossierJson.Request dossier =
          objectMapper.readValue(body, NationalDossierJson.Request.class);
      if (dossier == null) {
        throw new HttpMessageNotReadableException(
            "empty body", new ServletServerHttpRequest(request));
      }
      return dossier;
    } catch (IOException e) {
      // the shared handler names the field and the kind of value it needs, as for every JSON body
      throw new HttpMessageNotReadableException(
          "unreadable dossier", e, new ServletServerHttpRequest(request));
    }
  }

  /** The dossier as the intake takes it; what it cannot be made of goes to {@code errors}. */
  private NationalDossier dossier(NationalDossierJson.Request d, List<FieldError> errors) {
    String nationalId = strip(d.nationalId());
    if (nationalId == null) {
      errors.add(FieldError.of("nationalId", label("label.nationalId"), "form.required"));
    } else if (!NATIONAL_ID.matcher(nationalId).matches()) {
      errors.add(FieldError.of("nationalId", label("label.nationalId"), "form.pattern"));
    }
    NationalDossierJson.Applicant a = d.applicant();
    if (a == null) {
      a = new NationalDossierJson.Applicant(null, null, null, null, null);
    }
    required(errors, "applicant.fullName", "label.fullName", a.fullName(), 255);
    if (required(errors, "applicant.citizenId", "label.citizenId", a.citizenId(), 12)
        && !CITIZEN_ID.matcher(a.citizenId().strip()).matches()) {
      errors.add(FieldError.of("applicant.citizenId", label("label.citizenId"), "form.pattern"));
    }
    optional(errors, "applicant.phone", "label.phone", a.phone(), 20);
    if (optional(errors, "applicant.email", "label.email", a.email(), 255)
        && !EMAIL.matcher(a.email().strip()).matches()) {
      errors.add(FieldError.of("applicant.email", label("label.email"), "form.email"));
    }
    optional(errors, "applicant.address", "label.address", a.address(), 500);

    List<NationalDossier.Document> documents = new ArrayList<>();
    List<NationalDossierJson.Document> given = d.documents() == null ? List.of() : d.documents();
    for (int i = 0; i < given.size(); i++) {
      NationalDossierJson.Document document = given.get(i);
      String field = "documents[" + i + "]";
      if (document == null) {
        errors.add(FieldError.of(field, label("label.documentFile"), "form.required"));
        continue;
      }
      boolean complete =
          required(errors, field + ".type", "label.documentType", document.type(), 100)
              & required(
                  errors, field + ".fileName", "label.documentFile", document.fileName(), 255)
              & required(
                  errors, field + ".content", "label.documentContent", document.content(), -1);
      if (!complete) {
        continue;
      }
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(WHITESPACE.matcher(document.content()).replaceAll(""));
      } catch (IllegalArgumentException notBase64) {
        errors.add(
            FieldError.of(field + ".content", label("label.documentContent"), "interop.notBase64"));
        continue;
      }
      documents.add(
          new NationalDossier.Document(
              field,
              document.type().strip(),
              document.fileName().strip(),
              document.contentType(),
              bytes,
              document.validUntil()));
    }
    return new NationalDossier(
        nationalId,
        d.procedureCode(),
        d.level(),
        strip(d.receivingUnit()),
        strip(d.resolvingAgency()),
        new NationalDossier.Applicant(
            strip(a.fullName()),
            strip(a.citizenId()),
            strip(a.phone()),
            strip(a.email()),
            strip(a.address())),
        d.formData(),
        documents,
        strip(d.deliveryMethod()),
        strip(d.deliveryAddress()));
  }

  private boolean required(
      List<FieldError> errors, String field, String labelKey, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(FieldError.of(field, label(labelKey), "form.required"));
      return false;
    }
    return optional(errors, field, labelKey, value, max);
  }

  /** True when there is a value and it fits. */
  private boolean optional(
      List<FieldError> errors, String field, String labelKey, String value, int max) {
    if (value == null || value.isBlank()) {
      return false;
    }
    if (max > 0 && value.strip().length() > max) {
      errors.add(FieldError.of(field, label(labelKey), "form.maxLength", max));
      return false;
    }
    return true;
  }

  private static NationalDossierJson.Receipt answer(NationalDossierIntake.Receipt r) {
    return new NationalDossierJson.Receipt(
        r.nationalId(),
        r.code(),
        new NationalDossierJson.Status(r.status(), r.statusLabel(), r.nationalStatus()),
        r.submittedAt(),
        r.appointmentAt(),
        VietnameseFormats.dateAndTime(r.appointmentAt()),
        r.feeAmount());
  }

  private ResponseEntity<ProblemDetail> tooLarge() {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PAYLOAD_TOO_LARGE);
    problem.setTitle(message("problem.payloadTooLarge"));
    problem.setDetail(message("interop.inbound.tooLarge", DataSize.ofBytes(maxBody).toMegabytes()));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String label(String key) {
    return VietnameseTexts.text(key);
  }

  private String message(String code, Object... args) {
    return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
  }
}
