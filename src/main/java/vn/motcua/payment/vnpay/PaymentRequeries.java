package vn.motcua.payment.vnpay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.motcua.payment.Payments;

/**
 * The second road to a payment: orders still pending some minutes after the citizen came back (or
 * long after they were created) are asked about at the gateway ({@code querydr}) and settled by the
 * same code path as the IPN, so a payment is never lost because a callback was missed.
 */
@Component
class PaymentRequeries {

  private static final Logger log = LoggerFactory.getLogger(PaymentRequeries.class);

  private final Payments payments;
  private final VnpayProperties properties;

  PaymentRequeries(Payments payments, VnpayProperties properties) {
    this.payments = payments;
    this.properties = properties;
  }

  @Scheduled(
      fixedDelayString = "${motcua.payment.vnpay.requery-interval:PT1M}",
      initialDelayString = "${motcua.payment.vnpay.requery-interval:PT1M}")
  void requeryPendingOrders() {
    for (String reference :
        payments.ordersToRequery(
            properties.requeryAfterReturn(), properties.requeryAfterCreation())) {
      try {
        payments
            .requery(reference)
            .ifPresent(outcome -> log.info("Order {} re-queried: {}", reference, outcome));
      } catch (RuntimeException e) {
        log.warn("Re-query of order {} failed; it is tried again at the next run", reference, e);
      }
    }
  }
}
