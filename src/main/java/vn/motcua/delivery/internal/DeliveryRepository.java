package vn.motcua.delivery.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.document.DocumentReferences;

/**
 * The deliveries; also the {@link DocumentReferences} of the delivery module: an electronic result
 * is downloaded from its dossier, so it stays when the applicant removes it from the repository.
 */
interface DeliveryRepository extends JpaRepository<DeliveryEntity, String>, DocumentReferences {

  Optional<DeliveryEntity> findByTrackingCode(String trackingCode);

  boolean existsByResultDocumentId(UUID resultDocumentId);

  @Override
  default boolean pointsAt(UUID documentId) {
    return existsByResultDocumentId(documentId);
  }

  /** By id only: the result's row is kept, and its bytes with it. */
  @Override
  default boolean pointsAtContent(String sha256) {
    return false;
  }
}
