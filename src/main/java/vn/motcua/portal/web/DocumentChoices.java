package vn.motcua.portal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.catalog.FieldError;
import vn.motcua.catalog.ProcedureDescriptor.RequiredDocument;
import vn.motcua.document.DocumentRepository;
import vn.motcua.document.Upload;

/**
 * The documents of a dossier as a page asks for them (submission, supplement): for each required
 * document, a file to upload ({@code file-<code>}) or one of the citizen's own valid documents of
 * that type to reuse ({@code chon-<code>}). Uploads are checked (size, type by content) and go into
 * the citizen's repository at once, so that nothing uploaded is lost when another field is wrong.
 */
@Component
class DocumentChoices {

  private final DocumentRepository documents;
  private final DocumentRows rows;
  private final MessageSource messages;

  DocumentChoices(DocumentRepository documents, DocumentRows rows, MessageSource messages) {
    this.documents = documents;
    this.rows = rows;
    this.messages = messages;
  }

  /**
   * Reads the posted choices into {@code chosen} (requirement code → document id); problems go into
   * {@code errors} by field name. With {@code requireRequired}, a required document still missing
   * is one.
   */
  void read(
      MultipartHttpServletRequest request,
      List<RequiredDocument> required,
      String owner,
      Map<String, UUID> chosen,
      Map<String, String> errors,
      boolean requireRequired,
      Locale locale)
      throws IOException {
    for (RequiredDocument doc : required) {
      if (doc.lookupInsteadOfUpload()) {
        continue;
      }
      String field = "file-" + doc.code();
      MultipartFile file = request.getFile(field);
      String pick = request.getParameter("chon-" + doc.code());
      if (file != null && !file.isEmpty()) {
        Upload upload =
            new Upload(field, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        var problem = documents.inspect(upload);
        if (problem.isPresent()) {
          var p = problem.get();
          errors.putAll(
              FormErrors.of(
                  List.of(new FieldError(field, p.fileName(), p.code(), p.args())),
                  messages,
                  locale,
                  null));
          continue;
        }
        chosen.put(doc.code(), documents.store(owner, doc.code(), upload).id());
      } else if (pick != null && !pick.isBlank()) {
        UUID id = parse(pick);
        if (id == null || documents.findOwned(owner, id).isEmpty()) {
          throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        chosen.put(doc.code(), id);
      }
      if (requireRequired
          && doc.required()
          && !chosen.containsKey(doc.code())
          && !errors.containsKey(field)) {
        errors.put(
            field,
            messages.getMessage("submission.documentRequired", new Object[] {doc.name()}, locale));
      }
    }
  }

  /**
   * One row per required document for the {@code portal/document-choice} fragment: the choice so
   * far, and the citizen's documents of that type still valid today (for {@code portal/documents ::
   * picker}).
   */
  List<Map<String, Object>> rows(
      List<RequiredDocument> required, String owner, Map<String, UUID> chosen, Locale locale) {
    List<Map<String, Object>> shown = new ArrayList<>();
    for (RequiredDocument doc : required) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("doc", doc);
      row.put(
          "chosen",
          chosen.containsKey(doc.code())
              ? documents.findOwned(owner, chosen.get(doc.code())).orElse(null)
              : null);
      row.put("repository", rows.choices(owner, List.of(doc.code()), locale));
      shown.add(row);
    }
    return shown;
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
