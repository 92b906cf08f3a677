package vn.motcua.payment;

import java.util.Optional;

/** The financial obligation of a dossier and how it is settled. Every call is idempotent per dossier. */
public interface Payments {

  /** Opens the obligation (status 6 on the national portal): {@code level} 3 pays at the counter, 4 online. */
  PaymentView open(String dossierCode, long amount, int level);

  /** Creates the online order at the gateway. */
  PaymentView createOnlineOrder(String dossierCode);

  /** The one-stop officer took the fee at the counter and issued receipt {@code receiptNumber}. */
  PaymentView recordCounterPayment(String dossierCode, String receiptNumber, String officer);

  /** The gateway says the order was paid; publishes {@link PaymentConfirmed} the first time. */
  PaymentView confirmOnline(String orderRef, String providerTransactionId);

  /** The payment deadline passed: the order can no longer be paid. */
  void expire(String dossierCode);

  Optional<PaymentView> find(String dossierCode);

  Optional<PaymentView> findByOrder(String orderRef);
}
