package vn.motcua.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.motcua.payment.PaymentView;

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

  @Column(name = "order_ref", unique = true)
  private String orderRef;

  @Column(name = "checkout_url", length = 2000)
  private String checkoutUrl;

  @Column(name = "receipt_number")
  private String receiptNumber;

  @Column(name = "provider_txn_id", unique = true)
  private String providerTransactionId;

  @Column(name = "paid_by")
  private String paidBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Version
  private long version;

  protected PaymentEntity() {}

  PaymentEntity(String dossierCode, long amount, String channel, Instant createdAt) {
    this.dossierCode = dossierCode;
    this.amount = amount;
    this.channel = channel;
    this.status = "OPEN";
    this.createdAt = createdAt;
  }

  boolean isPaid() {
    return "PAID".equals(status);
  }

  void ordered(String orderRef, String checkoutUrl) {
    this.orderRef = orderRef;
    this.checkoutUrl = checkoutUrl;
    this.status = "PENDING";
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

  String dossierCode() { return dossierCode; }
  String orderRef() { return orderRef; }
  String status() { return status; }
  long amount() { return amount; }

  PaymentView toView() {
    return new PaymentView(dossierCode, amount, channel, status, orderRef, checkoutUrl, receiptNumber,
        providerTransactionId, createdAt, paidAt);
  }
}
