package vn.motcua.document.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.util.unit.DataSize;
import vn.motcua.document.DocumentReferences;
import vn.motcua.document.DocumentRepository;
import vn.motcua.document.StoredDocument;
import vn.motcua.document.Upload;
import vn.motcua.document.UploadProblem;

/**
 * Takes PDF, JPEG and PNG only, and believes the bytes: Tika's detection from the content decides
 * the type, so an executable or a web page renamed to {@code .pdf} is refused.
 *
 * <p>Removal follows what a dossier is: the record of what was submitted, which the resolving
 * agency works on and keeps. So a document some {@link DocumentReferences} still points at — a
 * dossier in progress included — is only hidden from its owner's repository; anything else is
 * erased, and its bytes are released to {@link ContentSweeper}, which deletes them once no row and
 * no record holds the same bytes (they are shared: content-addressed).
 */
@Service
@Transactional(readOnly = true)
class DocumentService implements DocumentRepository {

  static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

  private final DocumentEntityRepository documents;
  private final ContentReleaseRepository releases;
  private final ObjectProvider<DocumentReferences> references;
  private final ContentStore store;

  /**
   * Tika reads its MIME types (a few tenths of a second) when first needed, or on a thread of its
   * own once the application is ready: the start does not wait for it.
   */
  private final SingletonSupplier<Tika> tika = SingletonSupplier.of(Tika::new);

  private final long maxBytes;
  private final Clock clock;

  DocumentService(
      DocumentEntityRepository documents,
      ContentReleaseRepository releases,
      ObjectProvider<DocumentReferences> references,
      ContentStore store,
      Clock clock,
      @Value("${motcua.upload.max-file-size:10MB}") DataSize maxFileSize) {
    this.documents = documents;
    this.releases = releases;
    this.references = references;
    this.store = store;
    this.clock = clock;
    this.maxBytes = maxFileSize.toBytes();
  }

  @EventListener(ApplicationReadyEvent.class)
  void readTheMimeTypesInTheBackground() {
    Thread reader = new Thread(tika::obtain, "tika");
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public Optional<UploadProblem> inspect(Upload upload) {
    byte[] bytes = upload.bytes();
    if (bytes == null || bytes.length == 0) {
      return problem(upload, "upload.empty", 400);
    }
    if (bytes.length > maxBytes) {
      return problem(upload, "upload.tooLarge", 413, maxBytes / (1024 * 1024));
    }
    String detected = detect(upload);
    if (!ACCEPTED.contains(detected)) {
      return problem(upload, "upload.typeNotAccepted", 415, detected);
    }
    String claimed =
        upload.declaredType() == null
            ? null
            : upload.declaredType().split(";")[0].trim().toLowerCase();
    String byName = upload.fileName() == null ? null : tika.obtain().detect(upload.fileName());
    boolean nameMatches =
        byName == null || "application/octet-stream".equals(byName) || byName.equals(detected);
    boolean claimMatches =
        claimed == null
            || claimed.isEmpty()
            || "application/octet-stream".equals(claimed)
            || claimed.equals(detected);
    if (!nameMatches || !claimMatches) {
      return problem(upload, "upload.disguised", 415, detected);
    }
    return Optional.empty();
  }

  @Override
  @Transactional
  public StoredDocument store(String owner, String type, Upload upload, LocalDate validUntil) {
    inspect(upload)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("upload not inspected: " + p.code());
            });
    String sha = store.put(upload.bytes());
    DocumentEntity held =
        documents
            .findFirstByOwnerAndTypeAndSha256AndRemovedAtIsNull(owner, type, sha)
            .orElseGet(
                () ->
                    documents.save(
                        new DocumentEntity(
                            owner,
                            type,
                            safeName(upload.fileName()),
                            detect(upload),
                            upload.bytes().length,
                            sha,
                            validUntil,
                            Instant.now(clock))));
    if (validUntil != null) {
      held.validUntil(validUntil);
    }
    return held.toView();
  }

  @Override
  public Optional<StoredDocument> findSame(String owner, String type, Upload upload) {
    if (upload.bytes() == null) {
      return Optional.empty();
    }
    return documents
        .findFirstByOwnerAndTypeAndSha256AndRemovedAtIsNull(
            owner, type, ContentStore.sha256(upload.bytes()))
        .map(DocumentEntity::toView);
  }

  @Override
  public Optional<StoredDocument> findOwned(String owner, UUID id) {
    return documents.findByIdAndOwnerAndRemovedAtIsNull(id, owner).map(DocumentEntity::toView);
  }

  @Override
  public List<StoredDocument> listOwned(String owner) {
    return documents.findByOwnerAndRemovedAtIsNullOrderByCreatedAtDesc(owner).stream()
        .map(DocumentEntity::toView)
        .toList();
  }

  @Override
  public List<StoredDocument> listValid(String owner, Collection<String> types, LocalDate date) {
    return documents
        .findByOwnerAndTypeInAndRemovedAtIsNullOrderByCreatedAtDesc(owner, types)
        .stream()
        .map(DocumentEntity::toView)
        .filter(d -> !d.expiredOn(date))
        .toList();
  }

  @Override
  public InputStream open(StoredDocument document) {
    return store.open(document.sha256());
  }

  @Override
  @Transactional
  public boolean remove(String owner, UUID id) {
    Optional<DocumentEntity> found = documents.findByIdAndOwnerAndRemovedAtIsNull(id, owner);
    if (found.isEmpty()) {
      return false;
    }
    DocumentEntity document = found.get();
    if (references.stream().anyMatch(r -> r.pointsAt(id))) {
      document.remove(Instant.now(clock));
    } else {
      documents.delete(document);
      releases.save(new ContentReleaseEntity(document.sha256(), Instant.now(clock)));
    }
    return true;
  }

  @Override
  public Optional<StoredDocument> findRecorded(String owner, UUID id) {
    return documents.findByIdAndOwner(id, owner).map(DocumentEntity::toView);
  }

  @Override
  public InputStream openContent(String sha256) {
    return store.open(sha256);
  }

  @Override
  @Transactional
  public String keep(byte[] bytes) {
    return store.put(bytes);
  }

  private String detect(Upload upload) {
    return tika.obtain().detect(upload.bytes());
  }

  private static String safeName(String name) {
    if (name == null || name.isBlank()) {
      return "tep-dinh-kem";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  private static Optional<UploadProblem> problem(
      Upload upload, String code, int status, Object... args) {
    return Optional.of(
        new UploadProblem(upload.part(), upload.fileName(), code, List.of(args), status));
  }
}
