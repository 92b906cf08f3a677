package vn.motcua.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.DeliveryView;
import vn.motcua.document.DocumentRepository;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.Dossiers;

/**
 * How the result of a signed-in applicant's dossier reaches them, and the electronic result to
 * download; the dossier module says whose dossier it is (404 for anyone else's).
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "My dossiers", description = "The signed-in applicant's dossiers")
class DossierDeliveryController {

  private final Dossiers dossiers;
  private final Deliveries deliveries;
  private final DocumentRepository documents;

  DossierDeliveryController(
      Dossiers dossiers, Deliveries deliveries, DocumentRepository documents) {
    this.dossiers = dossiers;
    this.deliveries = deliveries;
    this.documents = documents;
  }

  @GetMapping("/{code}/delivery")
  @Operation(
      summary = "How the result of one of my dossiers is delivered (tracking code for public post)")
  DeliveryView delivery(Principal principal, @PathVariable String code) {
    dossiers.getOwned(principal.getName(), code);
    return deliveries.find(code).orElseThrow(() -> new DossierNotFoundException(code));
  }

  /**
   * The result is the dossier's: it stays downloadable after the applicant removes it from the
   * repository.
   */
  @GetMapping(value = "/{code}/result", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "Download the electronic result of one of my dossiers (PDF)")
  ResponseEntity<byte[]> result(Principal principal, @PathVariable String code) throws IOException {
    dossiers.getOwned(principal.getName(), code);
    var document =
        deliveries
            .find(code)
            .map(DeliveryView::resultDocumentId)
            .flatMap(id -> documents.findRecorded(principal.getName(), id))
            .orElseThrow(() -> new DossierNotFoundException(code));
    try (var in = documents.open(document)) {
      return ResponseEntity.ok()
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"" + document.fileName() + "\"")
          .contentType(MediaType.APPLICATION_PDF)
          .body(in.readAllBytes());
    }
  }
}
