package vn.motcua.payment;

import java.time.Instant;
import vn.motcua.shared.VietnameseTexts;

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
        ? VietnameseTexts.text("timeline.paid.COUNTER", receiptNumber)
        : VietnameseTexts.text("timeline.paid.ONLINE", providerTransactionId);
  }
}
