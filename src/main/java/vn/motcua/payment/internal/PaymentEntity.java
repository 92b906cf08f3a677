package vn.motcua.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A dossier's financial obligation: open until paid at the counter or online, or expired. */
@Entity
@Table(name = "payment")
class PaymentEntity {

  @Id
  @Column(name = "dossier_code")
  private String dossierCode;

  @Column(nullable = false)
  private long amount;

  @Column(nullable = false)
  private String channel;

  @Column(nullable = false)
  private String status;

  @Column(name = "receipt_number")
  private String receiptNumber;

  @Column(name = "provider_txn_id")
  private String providerTransactionId;

  @Column(name = "paid_by")
  private String paidBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Version private long version;

  protected PaymentEntity() {}

  PaymentEntity(String dossierCode, long amount, String channel, Instant createdAt) {
    this.dossierCode = dossierCode;
    this.amount = amount;
    this.channel = channel;
    this.status = "OPEN";
    this.createdAt = createdAt;
  }

  /**
   * Level 4 pays through the gateway; level 3 at the counter, where an officer records the receipt.
   */
  boolean paysOnline() {
    return "ONLINE".equals(channel);
  }

  boolean isOpen() {
    return "OPEN".equals(status);
  }

  void paid(String receiptNumber, String providerTransactionId, String paidBy, Instant at) {
    this.receiptNumber = receiptNumber;
    this.providerTransactionId = providerTransactionId;
    this.paidBy = paidBy;
    this.paidAt = at;
    this.status = "PAID";
  }

  void expire() {
    this.status = "EXPIRED";
  }

  String dossierCode() {
    return dossierCode;
  }

  long amount() {
    return amount;
  }

  String channel() {
    return channel;
  }

  String status() {
    return status;
  }

  String receiptNumber() {
    return receiptNumber;
  }

  String providerTransactionId() {
    return providerTransactionId;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant paidAt() {
    return paidAt;
  }
}
