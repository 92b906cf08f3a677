package vn.motcua.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.document.DocumentRepository;
import vn.motcua.document.StoredDocument;
import vn.motcua.document.Upload;
import vn.motcua.document.UploadProblem;

/** The signed-in applicant's e-document repository: documents to reuse in later dossiers. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "E-documents", description = "The applicant's e-document repository")
class DocumentController {

  private final DocumentRepository documents;
  private final MessageSource messages;
  private final ProcedureCatalog catalog;

  DocumentController(
      DocumentRepository documents, MessageSource messages, ProcedureCatalog catalog) {
    this.documents = documents;
    this.messages = messages;
    this.catalog = catalog;
  }

  @GetMapping
  @Operation(summary = "My documents, newest first")
  List<StoredDocument> mine(Principal principal) {
    return documents.listOwned(principal.getName());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Upload a document (PDF, JPEG or PNG; the bytes decide the type)")
  ResponseEntity<?> upload(
      Principal principal,
      @RequestParam("type") String type,
      @RequestParam("file") MultipartFile file)
      throws IOException {
    if (!catalog.isDocumentType(type.strip())) {
      var locale = LocaleContextHolder.getLocale();
      ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
      detail.setTitle(messages.getMessage("problem.invalidSubmission", null, locale));
      String label = messages.getMessage("documents.field.type", null, locale);
      detail.setDetail(messages.getMessage("form.option", new Object[] {label}, locale));
      detail.setProperty(
          "errors",
          List.of(
              Map.of(
                  "field",
                  "type",
                  "label",
                  label,
                  "code",
                  "form.option",
                  "message",
                  detail.getDetail())));
      return ResponseEntity.badRequest().body(detail);
    }
    Upload upload =
        new Upload("file", file.getOriginalFilename(), file.getContentType(), file.getBytes());
    var problem = documents.inspect(upload);
    if (problem.isPresent()) {
      UploadProblem p = problem.get();
      ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.valueOf(p.httpStatus()));
      detail.setTitle(
          messages.getMessage("problem.invalidSubmission", null, LocaleContextHolder.getLocale()));
      Object[] args = Stream.concat(Stream.of((Object) p.fileName()), p.args().stream()).toArray();
      detail.setDetail(messages.getMessage(p.code(), args, LocaleContextHolder.getLocale()));
      return ResponseEntity.status(p.httpStatus()).body(detail);
    }
    StoredDocument stored = documents.store(principal.getName(), type.strip(), upload);
    return ResponseEntity.created(URI.create("/api/v1/documents/" + stored.id())).body(stored);
  }
}
