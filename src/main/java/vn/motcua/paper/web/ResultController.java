package vn.motcua.paper.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.paper.ResultDocuments;
import vn.motcua.shared.OfficerAuthorities;

/**
 * The preview of the result a leader approves, rendered from the procedure's template and the
 * dossier's current data (after approval: the result frozen then, which is what is issued), for
 * officers, signed in with their Camunda accounts, of the agencies that work the dossier; 403 for
 * anyone else. The approval form links to it (docs/procedures.md, "Result templates").
 */
@RestController
@Tag(name = "Result", description = "The document a procedure issues")
class ResultController {

  private static final Logger log = LoggerFactory.getLogger(ResultController.class);

  private final ResultDocuments results;
  private final Dossiers dossiers;
  private final MessageSource messages;

  ResultController(ResultDocuments results, Dossiers dossiers, MessageSource messages) {
    this.results = results;
    this.dossiers = dossiers;
    this.messages = messages;
  }

  @GetMapping({
    "/api/v1/dossiers/{code}/result/preview.pdf",
    "/can-bo/ho-so/{code}/ket-qua/xem-truoc.pdf"
  })
  @Operation(summary = "The result to be issued (or issued), as PDF, for the dossier's officers")
  ResponseEntity<?> preview(Authentication caller, @PathVariable String code) {
    if (!OfficerAuthorities.isOfficer(caller.getAuthorities())) {
      return problem(HttpStatus.FORBIDDEN, "slip.problem.forbidden");
    }
    DossierView dossier;
    try {
      dossier = dossiers.get(code);
    } catch (DossierNotFoundException e) {
      return problem(HttpStatus.NOT_FOUND, "dossier.notFound", code);
    }
    Set<String> working = new HashSet<>(dossier.workingAgencies());
    working.retainAll(OfficerAuthorities.agencies(caller.getAuthorities()));
    if (working.isEmpty()) {
      return problem(HttpStatus.FORBIDDEN, "slip.problem.forbidden");
    }
    var pdf = results.preview(code, caller.getName());
    if (pdf.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "result.problem.noTemplate", code);
    }
    log.info("Result preview of dossier {} opened by officer {}", code, caller.getName());
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("ket-qua-" + code + ".pdf", StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.APPLICATION_PDF)
        .body(pdf.get());
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Object... args) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(
        messages.getMessage(
            status == HttpStatus.FORBIDDEN ? "problem.forbidden" : "problem.notFound",
            null,
            status.getReasonPhrase(),
            LocaleContextHolder.getLocale()));
    problem.setDetail(messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
