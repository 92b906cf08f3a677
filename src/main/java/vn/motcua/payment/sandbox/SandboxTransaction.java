package vn.motcua.payment.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A transaction as the sandbox gateway records it. */
@Entity
@Table(name = "sandbox_vnpay_transaction")
class SandboxTransaction {

  @Id
  @Column(name = "txn_ref")
  private String txnRef;

  @Column(name = "tmn_code", nullable = false)
  private String tmnCode;

  @Column(nullable = false)
  private long amount;

  @Column(name = "order_info", nullable = false)
  private String orderInfo;

  @Column(name = "response_code", nullable = false)
  private String responseCode;

  @Column(name = "transaction_no", nullable = false, unique = true)
  private String transactionNo;

  @Column(name = "bank_code", nullable = false)
  private String bankCode;

  @Column(name = "pay_date", nullable = false)
  private String payDate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SandboxTransaction() {}

  SandboxTransaction(
      String txnRef,
      String tmnCode,
      long amount,
      String orderInfo,
      String responseCode,
      String transactionNo,
      String payDate,
      Instant createdAt) {
    this.txnRef = txnRef;
    this.tmnCode = tmnCode;
    this.amount = amount;
    this.orderInfo = orderInfo;
    this.responseCode = responseCode;
    this.transactionNo = transactionNo;
    this.bankCode = "NCB";
    this.payDate = payDate;
    this.createdAt = createdAt;
  }

  String txnRef() {
    return txnRef;
  }

  String tmnCode() {
    return tmnCode;
  }

  long amount() {
    return amount;
  }

  String orderInfo() {
    return orderInfo;
  }

  String responseCode() {
    return responseCode;
  }

  String transactionNo() {
    return transactionNo;
  }

  String bankCode() {
    return bankCode;
  }

  String payDate() {
    return payDate;
  }

  Instant createdAt() {
    return createdAt;
  }
}
