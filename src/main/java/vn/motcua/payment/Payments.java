package vn.motcua.payment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The financial obligation of a dossier and how it is settled. Every call is idempotent per
 * dossier.
 */
public interface Payments {

  /**
   * Opens the obligation and asks the applicant to pay it (status 6 on the national portal): {@code
   * level} 3 pays at the counter, 4 online.
   */
  PaymentView open(String dossierCode, long amount, int level);

  /**
   * An online order to pay now: the open one, or a new one when there is none (first time, or after
   * a failure).
   *
   * @throws OnlinePaymentNotAllowedException when the fee is paid at the counter (level 3)
   */
  PaymentView createOnlineOrder(String dossierCode, String clientIp);

  /** The one-stop officer took the fee at the counter and issued receipt {@code receiptNumber}. */
  PaymentView recordCounterPayment(String dossierCode, String receiptNumber, String officer);

  /**
   * Settles an order from what the gateway reported, checking order → amount → still pending, and
   * publishes {@link PaymentConfirmed} in the same transaction the first time it is paid. Commits
   * on its own: a concurrent report of the same payment that loses the race answers
   * ALREADY_CONFIRMED.
   */
  GatewayConfirmation.Outcome settle(GatewayConfirmation.Report report);

  /**
   * The citizen's browser came back from the gateway: the order is re-queried if no callback
   * follows.
   */
  void citizenReturned(String orderRef);

  /**
   * Orders still pending this long after the citizen came back (or after they were created): to
   * re-query.
   */
  List<String> ordersToRequery(Duration afterReturn, Duration afterCreation);

  /** Asks the gateway about a pending order and settles it the same way a callback would. */
  Optional<GatewayConfirmation.Outcome> requery(String orderRef);

  /**
   * Compares a day's paid orders with the gateway's statement: {@code day}, or yesterday when it is
   * {@code null} (the daily run).
   */
  Reconciliation reconcile(LocalDate day);

  /** The payment deadline passed: open orders can no longer be paid, and the dossier stops. */
  void expire(String dossierCode);

  /**
   * Records on the dossier how its fee was paid.
   *
   * @throws IllegalStateException when the fee is not paid
   */
  void recordSettled(String dossierCode);

  Optional<PaymentView> find(String dossierCode);
}
