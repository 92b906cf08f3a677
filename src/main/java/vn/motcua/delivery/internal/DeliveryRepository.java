package vn.motcua.delivery.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryRepository extends JpaRepository<DeliveryEntity, String> {

  Optional<DeliveryEntity> findByTrackingCode(String trackingCode);

  boolean existsByResultDocumentId(UUID resultDocumentId);
}
