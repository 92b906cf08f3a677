package vn.motcua.document;

import java.util.UUID;

/**
 * Implemented by a module whose records point at repository documents (a dossier's components, a
 * delivered result). The repository asks before it erases anything: a document still pointed at is
 * only hidden from its owner's repository, and bytes still pointed at are never deleted.
 */
public interface DocumentReferences {

  /** Whether a record points at this document by its id. */
  boolean pointsAt(UUID documentId);

  /** Whether a record points at these bytes by their SHA-256. */
  boolean pointsAtContent(String sha256);
}
