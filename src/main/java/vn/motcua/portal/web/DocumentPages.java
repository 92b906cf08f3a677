package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.FieldError;
import vn.motcua.document.DocumentRepository;
import vn.motcua.document.StoredDocument;
import vn.motcua.document.Upload;
import vn.motcua.document.UploadProblem;
import vn.motcua.shared.VietnameseTexts;

/**
 * The applicant's e-document repository (kho tài liệu): the documents with their type, validity and
 * the dossiers they went into; upload (checked as the API checks: size, emptiness, the type the
 * bytes show), download, and removal after a confirmation page. Only the owner ever sees a
 * document: anyone else's id is answered as an unknown one (404).
 *
 * <p>A document used by a dossier, even one still being processed, may be removed: the dossier is
 * the record of what was submitted and keeps its own copy (the repository hides the document but
 * erases nothing a dossier points at), so removal never changes what the officers are assessing,
 * and the citizen's control over their own store does not wait on the agency's time limits.
 */
@Controller
@RequestMapping("/kho-tai-lieu")
class DocumentPages {

  static final String LABELS = "documents.field.";
  private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

  private final DocumentRepository documents;
  private final DocumentRows rows;
  private final MessageSource messages;
  private final Clock clock;

  DocumentPages(
      DocumentRepository documents, DocumentRows rows, MessageSource messages, Clock clock) {
    this.documents = documents;
    this.rows = rows;
    this.messages = messages;
    this.clock = clock;
  }

  /** The upload form as typed (the file itself cannot be shown again). */
  public static class UploadForm {
    private String type;
    private String validUntil;

    public String getType() {
      return type;
    }

    public void setType(String type) {
      this.type = type;
    }

    public String getValidUntil() {
      return validUntil;
    }

    public void setValidUntil(String validUntil) {
      this.validUntil = validUntil;
    }
  }

  /** A document id that is not one of the signed-in applicant's (or not an id at all). */
  static final class NoSuchDocument extends RuntimeException {
    NoSuchDocument() {
      super("no such document in this repository");
    }
  }

  @GetMapping
  String list(
      Principal principal,
      @RequestParam(name = QueryParameters.SAVED, required = false) String saved,
      @RequestParam(name = QueryParameters.HELD, required = false) String held,
      Model model,
      Locale locale) {
    model.addAttribute("saved", notice(principal, saved, locale));
    model.addAttribute("held", notice(principal, held, locale));
    return page(principal, new UploadForm(), model, locale);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String upload(
      Principal principal,
      UploadForm form,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    List<FieldError> invalid = new ArrayList<>();
    String type = form.getType() == null ? "" : form.getType().strip();
    if (type.isEmpty()) {
      invalid.add(
          FieldError.of("type", VietnameseTexts.text("label.documentType"), "form.required"));
    } else if (!offered(type, locale)) {
      invalid.add(FieldError.of("type", VietnameseTexts.text("label.documentType"), "form.option"));
    }
    LocalDate validUntil = validUntil(form.getValidUntil(), invalid);
    if (file == null
        || file.getOriginalFilename() == null
        || file.getOriginalFilename().isBlank()) {
      invalid.add(
          FieldError.of(
              "file", VietnameseTexts.text("label.documentFile"), "documents.file.required"));
    }
    Map<String, String> errors =
        new LinkedHashMap<>(FormErrors.of(invalid, messages, locale, LABELS));
    int status = 422;
    Upload upload = null;
    if (!errors.containsKey("file")) {
      upload =
          new Upload("file", file.getOriginalFilename(), file.getContentType(), file.getBytes());
      Optional<UploadProblem> problem = documents.inspect(upload);
      if (problem.isPresent()) {
        UploadProblem p = problem.get();
        Object[] args =
            Stream.concat(Stream.of((Object) p.fileName()), p.args().stream()).toArray();
        errors.put("file", messages.getMessage(p.code(), args, locale));
        status = p.httpStatus();
      }
    }
    if (!errors.isEmpty()) {
      response.setStatus(errors.containsKey("file") && errors.size() == 1 ? status : 422);
      model.addAttribute("errors", errors);
      return page(principal, form, model, locale);
    }
    boolean alreadyHeld = documents.findSame(principal.getName(), type, upload).isPresent();
    StoredDocument stored = documents.store(principal.getName(), type, upload, validUntil);
    return "redirect:/kho-tai-lieu?"
        + (alreadyHeld ? QueryParameters.HELD : QueryParameters.SAVED)
        + "="
        + stored.id();
  }

  @GetMapping("/{id}/tai-ve")
  ResponseEntity<InputStreamResource> download(Principal principal, @PathVariable String id) {
    StoredDocument document = owned(principal, id);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(document.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .contentLength(document.size())
        .body(new InputStreamResource(documents.open(document)));
  }

  @GetMapping("/{id}/xoa")
  String confirmRemoval(Principal principal, @PathVariable String id, Model model, Locale locale) {
    model.addAttribute("d", rows.one(owned(principal, id), locale));
    return "portal/document-remove";
  }

  @PostMapping("/{id}/xoa")
  String remove(Principal principal, @PathVariable String id, RedirectAttributes redirect) {
    StoredDocument document = owned(principal, id);
    if (!documents.remove(principal.getName(), document.id())) {
      throw new NoSuchDocument();
    }
    redirect.addFlashAttribute("removed", document.fileName());
    return "redirect:/kho-tai-lieu";
  }

  @ExceptionHandler(NoSuchDocument.class)
  String notFound(HttpServletResponse response) {
    response.setStatus(404);
    return "error/404";
  }

  private String page(Principal principal, UploadForm form, Model model, Locale locale) {
    model.addAttribute("form", form);
    model.addAttribute("documents", rows.mine(principal.getName(), locale));
    model.addAttribute("commonTypes", rows.commonTypes(locale));
    model.addAttribute("procedureTypes", rows.procedureTypes(locale));
    return "portal/documents";
  }

  private boolean offered(String type, Locale locale) {
    return rows.commonTypes(locale).containsKey(type)
        || rows.procedureTypes(locale).containsKey(type);
  }

  /**
   * A date typed as Vietnamese write it ({@code 31/12/2030}; a text field, since a browser's date
   * control follows the browser's language, often month first) or as ISO ({@code 2030-12-31}); none
   * is fine.
   */
  private LocalDate validUntil(String typed, List<FieldError> invalid) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date =
          typed.contains("/")
              ? LocalDate.parse(typed.strip(), TYPED_DATE)
              : LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      invalid.add(
          FieldError.of(
              "validUntil", VietnameseTexts.text("label.validUntil"), "documents.date.invalid"));
      return null;
    }
    if (date.isBefore(LocalDate.now(clock))) {
      invalid.add(
          FieldError.of(
              "validUntil", VietnameseTexts.text("label.validUntil"), "documents.date.past"));
      return null;
    }
    return date;
  }

  private DocumentRows.Row notice(Principal principal, String id, Locale locale) {
    return id == null
        ? null
        : parse(id)
            .flatMap(uuid -> documents.findOwned(principal.getName(), uuid))
            .map(d -> rows.one(d, locale))
            .orElse(null);
  }

  private StoredDocument owned(Principal principal, String id) {
    return parse(id)
        .flatMap(uuid -> documents.findOwned(principal.getName(), uuid))
        .orElseThrow(NoSuchDocument::new);
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
