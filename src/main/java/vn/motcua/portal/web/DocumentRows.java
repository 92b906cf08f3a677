package vn.motcua.portal.web;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor.RequiredDocument;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.document.DocumentRepository;
import vn.motcua.document.StoredDocument;
import vn.motcua.dossier.Dossiers;
import vn.motcua.shared.VietnameseFormats;

/**
 * The applicant's repository documents as the portal shows them: the type by name (the bundle's
 * name of a common type, else the name the procedures give that document, else its code), sizes,
 * dates as dd/MM/yyyy, expiry, and the dossiers each one went into. The submission form's "chọn từ
 * kho" uses {@link #choices} with the fragment {@code portal/documents :: picker(name, documents)}.
 */
@Component
class DocumentRows {

  static final List<String> COMMON_TYPES = ProcedureCatalog.COMMON_DOCUMENT_TYPES;

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** One document on a page; dates already as dd/MM/yyyy. */
  record Row(
      UUID id,
      String type,
      String typeLabel,
      String fileName,
      String size,
      String uploaded,
      String validUntil,
      boolean expired,
      List<String> usedIn) {}

  private final DocumentRepository documents;
  private final Dossiers dossiers;
  private final ProcedureCatalog catalog;
  private final MessageSource messages;
  private final Clock clock;

  DocumentRows(
      DocumentRepository documents,
      Dossiers dossiers,
      ProcedureCatalog catalog,
      MessageSource messages,
      Clock clock) {
    this.documents = documents;
    this.dossiers = dossiers;
    this.catalog = catalog;
    this.messages = messages;
    this.clock = clock;
  }

  /** Everything in the applicant's repository, newest first, with where each document was used. */
  List<Row> mine(String owner, Locale locale) {
    Map<UUID, List<String>> usage = dossiers.documentUsage(owner);
    Map<String, String> names = requirementNames(false);
    return documents.listOwned(owner).stream()
        .map(d -> row(d, usage.getOrDefault(d.id(), List.of()), names, locale))
        .toList();
  }

  /** One document with where it was used. */
  Row one(StoredDocument document, Locale locale) {
    return row(
        document,
        dossiers.documentUsage(document.owner()).getOrDefault(document.id(), List.of()),
        requirementNames(false),
        locale);
  }

  /**
   * The applicant's documents of these types still valid today: what a submission may reuse instead
   * of an upload.
   */
  List<Row> choices(String owner, Collection<String> types, Locale locale) {
    Map<String, String> names = requirementNames(false);
    return documents.listValid(owner, types, LocalDate.now(clock)).stream()
        .map(d -> row(d, List.of(), names, locale))
        .toList();
  }

  /** The common types, by name. */
  Map<String, String> commonTypes(Locale locale) {
    Map<String, String> types = new LinkedHashMap<>();
    COMMON_TYPES.forEach(
        code -> types.put(code, messages.getMessage("document.type." + code, null, code, locale)));
    return types;
  }

  /**
   * The documents the procedures in force ask for (not those they look up), by name, the common
   * types left out.
   */
  Map<String, String> procedureTypes(Locale locale) {
    Map<String, String> types = new LinkedHashMap<>();
    requirementNames(true)
        .forEach(
            (code, name) -> {
              if (!COMMON_TYPES.contains(code)) {
                types.put(code, label(code, Map.of(code, name), locale));
              }
            });
    return types;
  }

  private Row row(StoredDocument d, List<String> usedIn, Map<String, String> names, Locale locale) {
    return new Row(
        d.id(),
        d.type(),
        label(d.type(), names, locale),
        d.fileName(),
        size(d.size(), locale),
        VietnameseFormats.date(d.createdAt()),
        d.validUntil() == null ? null : DATE.format(d.validUntil()),
        d.expiredOn(LocalDate.now(clock)),
        usedIn);
  }

  private String label(String type, Map<String, String> names, Locale locale) {
    String fromProcedures = names.getOrDefault(type, type);
    return messages.getMessage("document.type." + type, null, fromProcedures, locale);
  }

  private Map<String, String> requirementNames(boolean uploadedOnly) {
    Map<String, String> names = new LinkedHashMap<>();
    catalog
        .search(ProcedureQuery.all())
        .forEach(
            p -> {
              for (RequiredDocument document : p.descriptor().documents()) {
                if (!uploadedOnly || !document.lookupInsteadOfUpload()) {
                  names.putIfAbsent(document.code(), document.name());
                }
              }
            });
    return names;
  }

  /** {@code 812 B}, {@code 35,2 KB}, {@code 1,4 MB} (a decimal comma in Vietnamese). */
  static String size(long bytes, Locale locale) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(1);
    return bytes < 1024 * 1024
        ? number.format(bytes / 1024.0) + " KB"
        : number.format(bytes / (1024.0 * 1024)) + " MB";
  }
}
