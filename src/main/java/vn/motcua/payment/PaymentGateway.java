package vn.motcua.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The online payment provider (VNPay 2.1.0 style). One adapter speaks the protocol; whether it
 * talks to the in-app sandbox or the real gateway is configuration (URLs, merchant code, hash
 * secret).
 */
public interface PaymentGateway {

  /**
   * An order to pay: our reference (vnp_TxnRef), the amount in VND, words without diacritics, the
   * citizen's IP.
   */
  record Order(
      String reference, long amount, String description, Instant createdAt, String clientIp) {}

  /** What the gateway says of an order when asked (querydr). */
  record QueryResult(
      boolean found,
      boolean paid,
      String providerTransactionId,
      long amount,
      String responseCode) {}

  /** One successful transaction of a day's statement. */
  record StatementLine(String reference, String providerTransactionId, long amount) {}

  /** Where to send the citizen's browser: a signed payment URL. */
  String checkoutUrl(Order order);

  /** Asks the gateway for an order's outcome, for when its callback never came. */
  QueryResult query(String reference, Instant createdAt);

  /** The gateway's statement of the day's successful transactions, for reconciliation. */
  List<StatementLine> statement(LocalDate day);
}
