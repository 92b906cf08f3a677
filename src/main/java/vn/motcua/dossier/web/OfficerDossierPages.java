package vn.motcua.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.document.DocumentRepository;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.shared.OfficerAuthorities;
import vn.motcua.shared.VietnameseFormats;

/**
 * The documents at an officer's hand (docs/officers.md): from a task form, the whole dossier on one
 * printable page (its declaration with the form's labels, its documents with the supplements, its
 * parts and its timeline) and each document opened in the browser, PDFs and images inline. Only for
 * officers of the agencies that work the dossier (another agency's: 403; no such dossier: 404), and
 * every opening is recorded ({@code officer_access}).
 */
@Controller
class OfficerDossierPages {

  /** What a browser shows inline; anything else is downloaded. */
  private static final Set<String> INLINE =
      Set.of(
          MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE);

  private final Dossiers dossiers;
  private final DocumentRepository documents;
  private final Agencies agencies;

  OfficerDossierPages(Dossiers dossiers, DocumentRepository documents, Agencies agencies) {
    this.dossiers = dossiers;
    this.documents = documents;
    this.agencies = agencies;
  }

  /** A document of the dossier, with when it came (at submission, or with a supplement). */
  record DocumentRow(String name, String fileName, String addedAt, String href) {}

  /** A line of the timeline as the page shows it. */
  record TimelineRow(String at, String actor, String status, String note) {}

  @GetMapping("/can-bo/ho-so/{code}")
  String dossier(@PathVariable String code, Authentication officer, Model model) {
    DossierView d = readable(code, officer);
    dossiers.recordOfficerAccess(code, officer.getName(), null);
    model.addAttribute("d", d);
    model.addAttribute("procedure", d.procedureName() + " (" + d.procedureCode() + ")");
    model.addAttribute("receivingUnit", agencyName(d.receivingUnit()));
    model.addAttribute("resolvingAgency", agencyName(d.resolvingAgency()));
    model.addAttribute("submittedAt", time(d.submittedAt()));
    model.addAttribute("appointmentAt", time(d.appointmentAt()));
    model.addAttribute("fee", VietnameseFormats.vnd(d.feeAmount()));
    model.addAttribute("declaration", dossiers.declaration(code));
    model.addAttribute("papers", dossiers.officerLinks(d));
    model.addAttribute(
        "documents",
        d.components().stream()
            .map(
                c ->
                    new DocumentRow(
                        c.name(),
                        c.fileName(),
                        time(c.addedAt()),
                        c.documentId() == null || c.sha256() == null
                            ? null
                            : "/can-bo/ho-so/" + code + "/giay-to/" + c.documentId()))
            .toList());
    model.addAttribute(
        "parts",
        d.parts().stream()
            .map(
                p ->
                    new TimelineRow(
                        time(p.dueAt()),
                        p.name() + " (" + p.agencyName() + ")",
                        p.status().label(),
                        String.join(
                                "; ",
                                p.result().stream().map(r -> r.label() + ": " + r.value()).toList())
                            + (p.reason() == null ? "" : " " + p.reason())))
            .toList());
    model.addAttribute(
        "timeline",
        d.timeline().stream()
            .map(t -> new TimelineRow(time(t.at()), t.actor(), t.status().label(), t.note()))
            .toList());
    return "officer/dossier";
  }

  @GetMapping("/can-bo/ho-so/{code}/giay-to/{documentId}")
  ResponseEntity<byte[]> document(
      @PathVariable String code, @PathVariable UUID documentId, Authentication officer)
      throws IOException {
    DossierView d = readable(code, officer);
    DossierView.Component component =
        d.components().stream()
            .filter(c -> documentId.equals(c.documentId()) && c.sha256() != null)
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    dossiers.recordOfficerAccess(code, officer.getName(), documentId);
    ContentDisposition.Builder disposition =
        INLINE.contains(component.mediaType())
            ? ContentDisposition.inline()
            : ContentDisposition.attachment();
    try (InputStream in = documents.openContent(component.sha256())) {
      return ResponseEntity.ok()
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              disposition.filename(component.fileName(), StandardCharsets.UTF_8).build().toString())
          .header("X-Content-Type-Options", "nosniff")
          .contentType(MediaType.parseMediaType(component.mediaType()))
          .body(in.readAllBytes());
    }
  }

  /** The dossier, when the officer's agency works it: 404 for no such dossier, else 403. */
  private DossierView readable(String code, Authentication officer) {
    DossierView d;
    try {
      d = dossiers.get(code);
    } catch (DossierNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Set<String> theirs = new HashSet<>(d.workingAgencies());
    theirs.retainAll(OfficerAuthorities.agencies(officer.getAuthorities()));
    if (theirs.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return d;
  }

  private String agencyName(String id) {
    return id == null ? "" : agencies.find(id).map(Agency::name).orElse(id);
  }

  private static String time(Instant instant) {
    return instant == null ? "—" : VietnameseFormats.dateTime(instant);
  }
}
