package vn.motcua.document;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The applicants' e-document repository. A document removed by its owner leaves the repository (the
 * lists, {@link #findOwned}, reuse in new dossiers), while what a dossier recorded of it stays
 * readable through {@link #findRecorded} and {@link #openContent}.
 */
public interface DocumentRepository {

  /**
   * What is wrong with an upload (too large, empty, not the type its bytes show, a type we do not
   * take).
   */
  Optional<UploadProblem> inspect(Upload upload);

  /**
   * Stores an upload that passed {@link #inspect}, valid until {@code validUntil} (null: no end
   * date known). The same bytes of the same owner and type are stored once: the document already
   * held is answered, with {@code validUntil} when one is given.
   */
  StoredDocument store(String owner, String type, Upload upload, LocalDate validUntil);

  /** {@link #store(String, String, Upload, LocalDate)} without a validity date. */
  default StoredDocument store(String owner, String type, Upload upload) {
    return store(owner, type, upload, null);
  }

  /**
   * The owner's document of this type with the same bytes as {@code upload}, when the repository
   * holds it already.
   */
  Optional<StoredDocument> findSame(String owner, String type, Upload upload);

  Optional<StoredDocument> findOwned(String owner, UUID id);

  List<StoredDocument> listOwned(String owner);

  /**
   * The owner's documents of these types still valid on {@code date}, newest first: what a new
   * dossier may reuse.
   */
  List<StoredDocument> listValid(String owner, Collection<String> types, LocalDate date);

  InputStream open(StoredDocument document);

  /**
   * Removes a document from its owner's repository. One that a dossier or a delivered result still
   * points at ({@link DocumentReferences}) is only hidden, so that record keeps it; any other is
   * erased, and its bytes with it once nothing else holds the same bytes.
   *
   * @return false when the owner has no such document in the repository
   */
  boolean remove(String owner, UUID id);

  /**
   * A document as a dossier recorded it: also one its owner has since removed from the repository.
   */
  Optional<StoredDocument> findRecorded(String owner, UUID id);

  /**
   * The bytes with this SHA-256, as a dossier component recorded them (kept while anything points
   * at them).
   */
  InputStream openContent(String sha256);

  /**
   * Keeps bytes a module issues itself (a result frozen at approval) in the store every node reads,
   * content-addressed and in the caller's transaction, and answers their SHA-256 for {@link
   * #openContent}. Nothing releases them; the module that keeps them names them among its {@link
   * DocumentReferences}.
   */
  String keep(byte[] bytes);
}
