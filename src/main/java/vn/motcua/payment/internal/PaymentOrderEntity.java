package vn.motcua.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One attempt to pay online. Its reference is the gateway's vnp_TxnRef; the gateway's transaction
 * number is unique, so one payment cannot settle two orders.
 */
@Entity
@Table(name = "payment_order")
class PaymentOrderEntity {

  @Id
  @Column(name = "order_ref")
  private String reference;

  @Column(name = "dossier_code", nullable = false)
  private String dossierCode;

  @Column(nullable = false)
  private long amount;

  @Column(nullable = false)
  private String status;

  @Column(name = "checkout_url", nullable = false, length = 4000)
  private String checkoutUrl;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "returned_at")
  private Instant returnedAt;

  @Column(name = "last_queried_at")
  private Instant lastQueriedAt;

  @Column(name = "response_code")
  private String responseCode;

  @Column(name = "provider_txn_id", unique = true)
  private String providerTransactionId;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Version private long version;

  protected PaymentOrderEntity() {}

  PaymentOrderEntity(String reference, String dossierCode, long amount, Instant createdAt) {
    this.reference = reference;
    this.dossierCode = dossierCode;
    this.amount = amount;
    this.status = "PENDING";
    this.createdAt = createdAt;
    this.checkoutUrl = "";
  }

  boolean isPending() {
    return "PENDING".equals(status);
  }

  void checkout(String url) {
    this.checkoutUrl = url;
  }

  void paid(String providerTransactionId, String responseCode, Instant at) {
    this.providerTransactionId = providerTransactionId;
    this.responseCode = responseCode;
    this.paidAt = at;
    this.status = "PAID";
  }

  void failed(String responseCode) {
    this.responseCode = responseCode;
    this.status = "FAILED";
  }

  void expired() {
    this.status = "EXPIRED";
  }

  void returned(Instant at) {
    if (returnedAt == null) {
      returnedAt = at;
    }
  }

  void queried(Instant at) {
    this.lastQueriedAt = at;
  }

  String reference() {
    return reference;
  }

  String dossierCode() {
    return dossierCode;
  }

  long amount() {
    return amount;
  }

  String status() {
    return status;
  }

  String checkoutUrl() {
    return checkoutUrl;
  }

  Instant createdAt() {
    return createdAt;
  }

  String providerTransactionId() {
    return providerTransactionId;
  }

  Instant paidAt() {
    return paidAt;
  }
}
