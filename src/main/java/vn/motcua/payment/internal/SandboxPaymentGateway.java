package vn.motcua.payment.internal;

import org.springframework.stereotype.Component;
import vn.motcua.payment.PaymentGateway;

/**
 * The in-app stand-in for the payment platform: the citizen pays on a page of this application.
 * The next step replaces its plain links with the signed VNPay-style protocol.
 */
@Component
class SandboxPaymentGateway implements PaymentGateway {

  @Override
  public String checkoutUrl(String orderRef, long amount, String description) {
    return "/sandbox/payment/" + orderRef;
  }
}
