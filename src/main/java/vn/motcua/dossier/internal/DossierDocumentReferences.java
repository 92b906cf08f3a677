package vn.motcua.dossier.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.motcua.document.DocumentReferences;

/**
 * A dossier's components point at repository documents and their bytes: the dossier keeps them when
 * the applicant removes the document from the repository, whatever the dossier's status.
 */
@Component
class DossierDocumentReferences implements DocumentReferences {

  private final DossierComponentRepository components;

  DossierDocumentReferences(DossierComponentRepository components) {
    this.components = components;
  }

  @Override
  public boolean pointsAt(UUID documentId) {
    return components.existsByDocumentId(documentId);
  }

  @Override
  public boolean pointsAtContent(String sha256) {
    return components.existsBySha256(sha256);
  }
}
