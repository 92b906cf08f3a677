package vn.motcua.payment;

/**
 * What the gateway told us about an order (its callback, or our query), and what we made of it. The
 * outcomes map one to one onto the answers the gateway expects.
 */
public final class GatewayConfirmation {

  private GatewayConfirmation() {}

  /**
   * The gateway's report: our reference, the amount it took (VND), its transaction number, success
   * or not.
   */
  public record Report(
      String orderRef,
      long amount,
      String providerTransactionId,
      boolean success,
      String responseCode) {}

  public enum Outcome {
    /** Paid now: the dossier's process moves on. */
    CONFIRMED,
    /** Recorded as failed (cancelled, declined): the citizen may pay again with a new order. */
    FAILURE_RECORDED,
    ORDER_NOT_FOUND,
    INVALID_AMOUNT,
    /** The order was settled before: a replay changes nothing. */
    ALREADY_CONFIRMED
  }
}
