package vn.motcua.payment.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.payment.GatewayConfirmation;
import vn.motcua.payment.GatewayConfirmation.Outcome;
import vn.motcua.payment.OnlinePaymentNotAllowedException;
import vn.motcua.payment.PaymentConfirmed;
import vn.motcua.payment.PaymentGateway;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;
import vn.motcua.payment.Reconciliation;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

@Service
@Transactional
class PaymentService implements Payments {

  private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
  private static final DateTimeFormatter REF_DAY =
      DateTimeFormatter.ofPattern("yyMMdd").withZone(VietnameseFormats.VIETNAM);

  private final PaymentRepository payments;
  private final PaymentOrderRepository orders;
  private final PaymentGateway gateway;
  private final ApplicationEventPublisher events;
  private final DossierDecisions decisions;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Duration orderLifetime;
  private final TransactionTemplate ownTransaction;

  PaymentService(
      PaymentRepository payments,
      PaymentOrderRepository orders,
      PaymentGateway gateway,
      ApplicationEventPublisher events,
      DossierDecisions decisions,
      Clock clock,
      PlatformTransactionManager transactions,
      @Value("${motcua.payment.vnpay.order-lifetime:PT15M}") Duration orderLifetime) {
    this.payments = payments;
    this.orders = orders;
    this.gateway = gateway;
    this.events = events;
    this.decisions = decisions;
    this.clock = clock;
    this.orderLifetime = orderLifetime;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public PaymentView open(String dossierCode, long amount, int level) {
    PaymentEntity payment =
        payments
            .findById(dossierCode)
            .orElseGet(
                () ->
                    payments.save(
                        new PaymentEntity(
                            dossierCode,
                            amount,
                            level == 4 ? "ONLINE" : "COUNTER",
                            clock.instant())));
    decisions.paymentRequested(dossierCode, amount);
    return view(payment);
  }

  @Override
  public PaymentView createOnlineOrder(String dossierCode, String clientIp) {
    PaymentEntity payment = get(dossierCode);
    if (!payment.paysOnline()) {
      throw new OnlinePaymentNotAllowedException(dossierCode);
    }
    retireStaleOrder(dossierCode);
    if (payment.isOpen()
        && orders
            .findFirstByDossierCodeAndStatusOrderByCreatedAtDesc(dossierCode, "PENDING")
            .isEmpty()) {
      Instant now = clock.instant();
      PaymentOrderEntity order =
          new PaymentOrderEntity(newReference(now), dossierCode, payment.amount(), now);
      order.checkout(
          gateway.checkoutUrl(
              new PaymentGateway.Order(
                  order.reference(),
                  payment.amount(),
                  "Thanh toan phi, le phi ho so " + dossierCode,
                  now,
                  clientIp == null ? "127.0.0.1" : clientIp)));
      orders.save(order);
    }
    return view(payment);
  }

  /**
   * An order past its lifetime can no longer be paid at the gateway, but it may have been paid just
   * before: ask the gateway first, and only then let it go.
   */
  private void retireStaleOrder(String dossierCode) {
    orders
        .findFirstByDossierCodeAndStatusOrderByCreatedAtDesc(dossierCode, "PENDING")
        .filter(o -> o.createdAt().plus(orderLifetime).isBefore(clock.instant()))
        .ifPresent(
            o -> {
              if (requery(o.reference()).isEmpty() && o.isPending()) {
                o.expired();
              }
            });
  }

  @Override
  public PaymentView recordCounterPayment(
      String dossierCode, String receiptNumber, String officer) {
    PaymentEntity payment = get(dossierCode);
    if (payment.isOpen()) {
      payment.paid(receiptNumber, null, officer, clock.instant());
    }
    return view(payment);
  }

  /**
   * In a transaction of its own, because the gateway sends the same IPN several times at once: the
   * duplicates wait for the first one's row lock and then fail on the order's version (or on the
   * unique transaction number). Such a failure is a replay when a new transaction finds the order
   * settled; any other failure is thrown, and the gateway's retry or the re-query settles the order
   * later.
   */
  @Override
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public Outcome settle(GatewayConfirmation.Report report) {
    try {
      return ownTransaction.execute(status -> settleInTransaction(report));
    } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
      if (Boolean.TRUE.equals(
          ownTransaction.execute(status -> settledAlready(report.orderRef())))) {
        log.info(
            "IPN for order {} lost the race to a concurrent one that settled it: a replay",
            report.orderRef());
        return Outcome.ALREADY_CONFIRMED;
      }
      throw e;
    }
  }

  private boolean settledAlready(String orderRef) {
    return orders.findById(orderRef).filter(o -> !o.isPending()).isPresent();
  }

  /**
   * The checks in VNPay's order — order, amount, still pending — and the confirmation, in the
   * caller's transaction.
   */
  private Outcome settleInTransaction(GatewayConfirmation.Report report) {
    Optional<PaymentOrderEntity> found = orders.findById(report.orderRef());
    if (found.isEmpty()) {
      return Outcome.ORDER_NOT_FOUND;
    }
    PaymentOrderEntity order = found.get();
    if (order.amount() != report.amount()) {
      return Outcome.INVALID_AMOUNT;
    }
    if (!order.isPending()) {
      return Outcome.ALREADY_CONFIRMED;
    }
    if (!report.success()) {
      order.failed(report.responseCode());
      return Outcome.FAILURE_RECORDED;
    }
    PaymentEntity payment = get(order.dossierCode());
    order.paid(report.providerTransactionId(), report.responseCode(), clock.instant());
    payment.paid(null, report.providerTransactionId(), "cong-thanh-toan", clock.instant());
    // flushed here so that the unique transaction number is checked inside this transaction
    orders.flush();
    events.publishEvent(
        new PaymentConfirmed(
            order.dossierCode(), order.reference(), report.providerTransactionId()));
    return Outcome.CONFIRMED;
  }

  @Override
  public void citizenReturned(String orderRef) {
    orders.findById(orderRef).ifPresent(o -> o.returned(clock.instant()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> ordersToRequery(Duration afterReturn, Duration afterCreation) {
    Instant now = clock.instant();
    return orders.pendingToRequery(now.minus(afterReturn), now.minus(afterCreation));
  }

  @Override
  public Optional<Outcome> requery(String orderRef) {
    PaymentOrderEntity order =
        orders.findById(orderRef).filter(PaymentOrderEntity::isPending).orElse(null);
    if (order == null) {
      return Optional.empty();
    }
    order.queried(clock.instant());
    PaymentGateway.QueryResult result = gateway.query(orderRef, order.createdAt());
    if (!result.found()) {
      return Optional.empty();
    }
    if (!result.paid() && "01".equals(result.responseCode())) {
      return Optional
          .empty(); // the gateway knows the order but the citizen has not finished paying
    }
    return Optional.of(
        settleInTransaction(
            new GatewayConfirmation.Report(
                orderRef,
                result.amount(),
                result.providerTransactionId(),
                result.paid(),
                result.responseCode())));
  }

  @Override
  @Transactional(readOnly = true)
  public Reconciliation reconcile(LocalDate dayOrNull) {
    LocalDate day = dayOrNull == null ? LocalDate.now(clock).minusDays(1) : dayOrNull;
    Instant from = day.atStartOfDay(VietnameseFormats.VIETNAM).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(VietnameseFormats.VIETNAM).toInstant();
    Map<String, PaymentOrderEntity> ours = new HashMap<>();
    orders.findByStatusAndPaidAtBetween("PAID", from, to).forEach(o -> ours.put(o.reference(), o));
    List<String> differences = new ArrayList<>();
    for (PaymentGateway.StatementLine line : gateway.statement(day)) {
      PaymentOrderEntity order = ours.remove(line.reference());
      if (order == null) {
        differences.add(
            VietnameseTexts.text(
                "payment.reconcile.unrecorded",
                line.providerTransactionId(),
                line.reference(),
                String.valueOf(line.amount())));
      } else if (order.amount() != line.amount()
          || !line.providerTransactionId().equals(order.providerTransactionId())) {
        differences.add(
            VietnameseTexts.text(
                "payment.reconcile.mismatch",
                line.reference(),
                String.valueOf(order.amount()),
                order.providerTransactionId(),
                String.valueOf(line.amount()),
                line.providerTransactionId()));
      }
    }
    ours.values()
        .forEach(
            o ->
                differences.add(
                    VietnameseTexts.text(
                        "payment.reconcile.missingFromStatement",
                        o.reference(),
                        o.dossierCode(),
                        String.valueOf(o.amount()))));
    return new Reconciliation(day, differences);
  }

  @Override
  public void expire(String dossierCode) {
    payments.findById(dossierCode).filter(PaymentEntity::isOpen).ifPresent(PaymentEntity::expire);
    orders.findByDossierCodeAndStatus(dossierCode, "PENDING").forEach(PaymentOrderEntity::expired);
    decisions.paymentExpired(dossierCode);
  }

  @Override
  public void recordSettled(String dossierCode) {
    PaymentView payment =
        find(dossierCode)
            .filter(PaymentView::isPaid)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "dossier " + dossierCode + " reached payment confirmation unpaid"));
    decisions.paymentSettled(dossierCode, payment.describe(), DossierDecisions.SYSTEM_ACTOR);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PaymentView> find(String dossierCode) {
    return payments.findById(dossierCode).map(this::view);
  }

  private PaymentView view(PaymentEntity p) {
    Optional<PaymentOrderEntity> open =
        p.isOpen()
            ? orders.findFirstByDossierCodeAndStatusOrderByCreatedAtDesc(p.dossierCode(), "PENDING")
            : Optional.empty();
    return new PaymentView(
        p.dossierCode(),
        p.amount(),
        p.channel(),
        p.status(),
        open.map(PaymentOrderEntity::reference).orElse(null),
        open.map(PaymentOrderEntity::checkoutUrl).orElse(null),
        p.receiptNumber(),
        p.providerTransactionId(),
        p.createdAt(),
        p.paidAt());
  }

  /** vnp_TxnRef: unique per day at the gateway; ours are unique for ever (day + random). */
  private String newReference(Instant now) {
    return "MC"
        + REF_DAY.format(now)
        + String.format("%010d", Math.abs(random.nextLong() % 10_000_000_000L));
  }

  private PaymentEntity get(String dossierCode) {
    return payments
        .findById(dossierCode)
        .orElseThrow(() -> new IllegalStateException("no payment obligation for " + dossierCode));
  }
}
