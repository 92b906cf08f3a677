package vn.motcua.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.motcua.applicant.Applicants;
import vn.motcua.catalog.FieldError;
import vn.motcua.document.DocumentRepository;
import vn.motcua.document.Upload;
import vn.motcua.dossier.ApplicantSnapshot;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.SubmissionCommand;
import vn.motcua.dossier.SubmissionResult;
import vn.motcua.shared.ColumnLimits;

/**
 * A signed-in applicant's dossiers: submit, list, read, supplement, withdraw, download a document.
 * The payment and the delivery of a dossier have their own modules' endpoints under the same path.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "My dossiers", description = "The signed-in applicant's dossiers")
class DossierController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final Dossiers dossiers;
  private final Applicants applicants;
  private final DocumentRepository documents;
  private final ColumnLimits columns;

  DossierController(
      Dossiers dossiers,
      Applicants applicants,
      DocumentRepository documents,
      ColumnLimits columns) {
    this.columns = columns;
    this.dossiers = dossiers;
    this.applicants = applicants;
    this.documents = documents;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Submit a dossier whose documents are already in the applicant's repository",
      description =
          "The same Idempotency-Key from the same applicant answers the first dossier again (200) instead of creating another.")
  ResponseEntity<DossierResponse> submit(
      Principal principal,
      @RequestBody DossierRequests.Submission body,
      @Parameter(description = "A key the client makes once per submission, e.g. a UUID")
          @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
          String key) {
    return created(dossiers.submit(command(principal, body, List.of(), key)));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Submit a dossier with uploads: part 'dossier' (JSON) and one part per file it names")
  ResponseEntity<DossierResponse> submitWithFiles(
      Principal principal,
      @RequestPart("dossier") DossierRequests.Submission body,
      MultipartHttpServletRequest request,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
    return created(dossiers.submit(command(principal, body, uploads(request), key)));
  }

  @GetMapping
  @Operation(summary = "My dossiers, newest first")
  List<DossierResponse> mine(Principal principal) {
    return dossiers.listOwned(principal.getName()).stream().map(DossierResponse::of).toList();
  }

  @GetMapping("/{code}")
  @Operation(summary = "One of my dossiers with its timeline (404 for anyone else's)")
  DossierResponse one(Principal principal, @PathVariable String code) {
    return DossierResponse.of(dossiers.getOwned(principal.getName(), code));
  }

  @PostMapping(value = "/{code}/supplement", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Supplement a dossier the one-stop desk asked to complete")
  DossierResponse supplement(
      Principal principal,
      @PathVariable String code,
      @RequestBody DossierRequests.Supplement body) {
    return supplemented(principal, code, body, List.of());
  }

  @PostMapping(value = "/{code}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Supplement with uploads: part 'supplement' (JSON) and the files it names")
  DossierResponse supplementWithFiles(
      Principal principal,
      @PathVariable String code,
      @RequestPart("supplement") DossierRequests.Supplement body,
      MultipartHttpServletRequest request) {
    return supplemented(principal, code, body, uploads(request));
  }

  private DossierResponse supplemented(
      Principal principal, String code, DossierRequests.Supplement body, List<Upload> uploads) {
    return DossierResponse.of(
        dossiers.supplement(
            principal.getName(),
            code,
            body.formData(),
            DossierRequests.components(body.components()),
            uploads,
            body.note()));
  }

  @PostMapping("/{code}/withdraw")
  @Operation(summary = "Withdraw a dossier (national status 7) while no result exists yet")
  DossierResponse withdraw(
      Principal principal,
      @PathVariable String code,
      @RequestBody(required = false) DossierRequests.Withdrawal body) {
    return DossierResponse.of(
        dossiers.withdraw(principal.getName(), code, body == null ? null : body.reason()));
  }

  /**
   * A document of one of my dossiers, as the dossier recorded it (name, type, bytes): the same
   * after the applicant removed it from the e-document repository.
   */
  @GetMapping("/{code}/components/{documentId}")
  @Operation(summary = "Download a document of one of my dossiers (404 for anyone else's)")
  ResponseEntity<byte[]> component(
      Principal principal, @PathVariable String code, @PathVariable UUID documentId)
      throws IOException {
    var component =
        dossiers.getOwned(principal.getName(), code).components().stream()
            .filter(c -> documentId.equals(c.documentId()) && c.sha256() != null)
            .findFirst()
            .orElseThrow(() -> new DossierNotFoundException(code));
    try (var in = documents.openContent(component.sha256())) {
      return ResponseEntity.ok()
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename(component.fileName(), StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .contentType(MediaType.parseMediaType(component.mediaType()))
          .body(in.readAllBytes());
    }
  }

  private SubmissionCommand command(
      Principal principal, DossierRequests.Submission body, List<Upload> uploads, String key) {
    checkIdempotencyKey(key);
    return new SubmissionCommand(
        ApplicantSnapshot.of(applicants.find(principal.getName()).orElseThrow()),
        body.procedureCode(),
        body.level(),
        body.resolvingAgency(),
        body.receivingUnit(),
        body.deliveryMethod(),
        body.deliveryAddress(),
        body.formData(),
        DossierRequests.components(body.components()),
        uploads,
        key == null ? null : key.trim(),
        null,
        Channel.ONLINE,
        null);
  }

  /**
   * Absent is fine (no replay protection); present, it must say something and fit where it is kept
   * ({@code submission_request.idempotency_key}).
   */
  private void checkIdempotencyKey(String key) {
    if (key == null) {
      return;
    }
    if (key.isBlank()) {
      throw new InvalidSubmissionException(
          List.of(FieldError.of(IDEMPOTENCY_KEY, IDEMPOTENCY_KEY, "form.required")), 400);
    }
    columns.check("submission_request", "idempotency_key", IDEMPOTENCY_KEY, key.trim());
  }

  private static List<Upload> uploads(MultipartHttpServletRequest request) {
    List<Upload> uploads = new ArrayList<>();
    request
        .getMultiFileMap()
        .forEach(
            (part, files) -> {
              if (part.equals("dossier") || part.equals("supplement")) {
                return;
              }
              for (MultipartFile file : files) {
                try {
                  uploads.add(
                      new Upload(
                          part,
                          file.getOriginalFilename(),
                          file.getContentType(),
                          file.getBytes()));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            });
    return uploads;
  }

  private static ResponseEntity<DossierResponse> created(SubmissionResult result) {
    DossierResponse body = DossierResponse.of(result.dossier());
    if (result.replayed()) {
      return ResponseEntity.ok().header("Idempotency-Replayed", "true").body(body);
    }
    return ResponseEntity.created(URI.create("/api/v1/dossiers/" + body.code())).body(body);
  }
}
