package vn.motcua.payment;

import java.time.Instant;

/**
 * A dossier's payment as the citizen and the officer see it; {@code checkoutUrl} is the open online
 * order's.
 */
public record PaymentView(
    String dossierCode,
    long amount,
    String channel,
    String status,
    String orderRef,
    String checkoutUrl,
    String receiptNumber,
    String providerTransactionId,
    Instant createdAt,
    Instant paidAt) {

  public boolean isPaid() {
    return "PAID".equals(status);
  }

  /** How it was paid, for the timeline: at the counter with a receipt, or online. */
  public String describe() {
    return receiptNumber != null
        ? "tại quầy, biên lai số " + receiptNumber
        : "trực tuyến, mã giao dịch " + providerTransactionId;
  }
}
