package vn.motcua.delivery.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.delivery.DeliveryView;

@Entity
@Table(name = "delivery")
class DeliveryEntity {

  @Id
  @Column(name = "dossier_code")
  private String dossierCode;

  @Column(nullable = false)
  private String method;

  @Column(name = "tracking_code", unique = true)
  private String trackingCode;

  @Column(name = "shipment_status")
  private String shipmentStatus;

  @Column(length = 500)
  private String address;

  private String recipient;

  @Column(name = "handed_over_by")
  private String handedOverBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "result_document_id")
  private UUID resultDocumentId;

  protected DeliveryEntity() {}

  DeliveryEntity(String dossierCode, String method, Instant createdAt) {
    this.dossierCode = dossierCode;
    this.method = method;
    this.createdAt = createdAt;
  }

  void shipped(String trackingCode, String recipient, String address) {
    this.trackingCode = trackingCode;
    this.recipient = recipient;
    this.address = address;
    this.shipmentStatus = "IN_TRANSIT";
  }

  boolean report(boolean delivered, Instant at) {
    if (!"IN_TRANSIT".equals(shipmentStatus)) {
      return false;
    }
    shipmentStatus = delivered ? "DELIVERED" : "RETURNED";
    if (delivered) {
      deliveredAt = at;
    }
    return true;
  }

  void handedOver(String recipient, String officer, Instant at) {
    this.recipient = recipient;
    this.handedOverBy = officer;
    this.deliveredAt = at;
    if ("RETURNED".equals(shipmentStatus)) {
      this.method = "COUNTER";
    }
  }

  void published(UUID resultDocumentId, Instant at) {
    this.resultDocumentId = resultDocumentId;
    this.deliveredAt = at;
  }

  String dossierCode() {
    return dossierCode;
  }

  Instant deliveredAt() {
    return deliveredAt;
  }

  DeliveryView toView() {
    return new DeliveryView(
        dossierCode,
        method,
        trackingCode,
        shipmentStatus,
        recipient,
        handedOverBy,
        deliveredAt,
        resultDocumentId);
  }
}
