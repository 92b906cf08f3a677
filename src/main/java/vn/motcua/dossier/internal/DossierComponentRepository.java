package vn.motcua.dossier.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.document.DocumentReferences;

/**
 * The dossiers' components; also the {@link DocumentReferences} of the dossier module: components
 * point at repository documents and their bytes, and the dossier keeps them when the applicant
 * removes the document from the repository, whatever the dossier's status.
 */
interface DossierComponentRepository
    extends JpaRepository<DossierComponentEntity, Long>, DocumentReferences {

  boolean existsByDocumentId(UUID documentId);

  boolean existsBySha256(String sha256);

  @Override
  default boolean pointsAt(UUID documentId) {
    return existsByDocumentId(documentId);
  }

  @Override
  default boolean pointsAtContent(String sha256) {
    return existsBySha256(sha256);
  }
}
