package vn.motcua.payment;

/**
 * The online payment provider. The sandbox adapter runs inside the app; a production adapter
 * (the national payment platform, or a province's own gateway) is chosen by configuration.
 */
public interface PaymentGateway {

  /** Where to send the citizen's browser to pay this order. */
  String checkoutUrl(String orderRef, long amount, String description);
}
