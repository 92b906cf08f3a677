package vn.motcua.payment.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.payment.PaymentConfirmed;
import vn.motcua.payment.PaymentGateway;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;

@Service
@Transactional
class PaymentService implements Payments {

  private final PaymentRepository payments;
  private final PaymentGateway gateway;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PaymentService(PaymentRepository payments, PaymentGateway gateway, ApplicationEventPublisher events, Clock clock) {
    this.payments = payments;
    this.gateway = gateway;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public PaymentView open(String dossierCode, long amount, int level) {
    return payments.findById(dossierCode)
        .orElseGet(() -> payments.save(new PaymentEntity(dossierCode, amount, level == 4 ? "ONLINE" : "COUNTER", clock.instant())))
        .toView();
  }

  @Override
  public PaymentView createOnlineOrder(String dossierCode) {
    PaymentEntity payment = get(dossierCode);
    if (payment.orderRef() == null) {
      String ref = UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
      payment.ordered(ref, gateway.checkoutUrl(ref, payment.amount(), "Thanh toan phi ho so " + dossierCode));
    }
    return payment.toView();
  }

  @Override
  public PaymentView recordCounterPayment(String dossierCode, String receiptNumber, String officer) {
    PaymentEntity payment = get(dossierCode);
    if (!payment.isPaid()) {
      payment.paid(receiptNumber, null, officer, clock.instant());
    }
    return payment.toView();
  }

  @Override
  public PaymentView confirmOnline(String orderRef, String providerTransactionId) {
    PaymentEntity payment = payments.findByOrderRef(orderRef)
        .orElseThrow(() -> new IllegalArgumentException("unknown payment order " + orderRef));
    if ("PENDING".equals(payment.status())) {
      payment.paid(null, providerTransactionId, "cong-thanh-toan", clock.instant());
      payments.flush();
      events.publishEvent(new PaymentConfirmed(payment.dossierCode(), orderRef, providerTransactionId));
    }
    return payment.toView();
  }

  @Override
  public void expire(String dossierCode) {
    payments.findById(dossierCode).filter(p -> !p.isPaid()).ifPresent(PaymentEntity::expire);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PaymentView> find(String dossierCode) {
    return payments.findById(dossierCode).map(PaymentEntity::toView);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PaymentView> findByOrder(String orderRef) {
    return payments.findByOrderRef(orderRef).map(PaymentEntity::toView);
  }

  private PaymentEntity get(String dossierCode) {
    return payments.findById(dossierCode)
        .orElseThrow(() -> new IllegalStateException("no payment obligation for " + dossierCode));
  }
}
