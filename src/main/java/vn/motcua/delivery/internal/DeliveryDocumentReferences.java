package vn.motcua.delivery.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.motcua.document.DocumentReferences;

/**
 * An electronic result is downloaded from its dossier: it stays when the applicant removes it from
 * the repository.
 */
@Component
class DeliveryDocumentReferences implements DocumentReferences {

  private final DeliveryRepository deliveries;

  DeliveryDocumentReferences(DeliveryRepository deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public boolean pointsAt(UUID documentId) {
    return deliveries.existsByResultDocumentId(documentId);
  }

  /** By id only: the result's row is kept, and its bytes with it. */
  @Override
  public boolean pointsAtContent(String sha256) {
    return false;
  }
}
