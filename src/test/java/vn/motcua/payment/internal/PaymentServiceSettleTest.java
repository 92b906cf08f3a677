package vn.motcua.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.payment.GatewayConfirmation.Outcome;
import vn.motcua.payment.GatewayConfirmation.Report;
import vn.motcua.payment.PaymentGateway;

/**
 * A duplicate IPN that loses the race, whichever way the database tells it (the order's version, or
 * the unique transaction number), is a replay once the order is found settled; a failure that
 * leaves the order pending is no replay and is thrown. The real race runs in PaymentGatewayIT and
 * PaymentIpnPostgresIT.
 */
class PaymentServiceSettleTest {

  static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");
  static final String CODE = "000.00.04.H40-261126-0002";
  static final String REF = "MC2611260000000001";

  final PaymentRepository payments = mock(PaymentRepository.class);
  final PaymentOrderRepository orders = mock(PaymentOrderRepository.class);
  final DossierDecisions decisions = mock(DossierDecisions.class);
  final PaymentService service =
      new PaymentService(
          payments,
          orders,
          mock(PaymentGateway.class),
          mock(ApplicationEventPublisher.class),
          decisions,
          Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")),
          mock(PlatformTransactionManager.class),
          Duration.ofMinutes(15));
  final Report paid = new Report(REF, 205_000, "13900005", true, "00");

  @Test
  void aFeePaidAtTheCounter_isRecordedOnTheDossierWithItsReceiptNumber() {
    PaymentEntity payment = new PaymentEntity(CODE, 8000, "COUNTER", NOW);
    payment.paid("BL-2026-0042", null, "mc.lamthanh", NOW);
    when(payments.findById(CODE)).thenReturn(Optional.of(payment));
    service.recordSettled(CODE);
    verify(decisions)
        .paymentSettled(CODE, "tại quầy, biên lai số BL-2026-0042", DossierDecisions.SYSTEM_ACTOR);
  }

  @Test
  void aFeeStillOpen_isNotRecordedAsPaid() {
    when(payments.findById(CODE))
        .thenReturn(Optional.of(new PaymentEntity(CODE, 8000, "ONLINE", NOW)));
    assertThatThrownBy(() -> service.recordSettled(CODE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unpaid");
    verifyNoInteractions(decisions);
  }

  @Test
  void aDuplicateThatHitsTheUniqueTransactionNumber_isAReplay_whenTheOrderIsFoundSettled() {
    losesTheRace(new DataIntegrityViolationException("uk_payment_order_provider_txn_id"));
    when(orders.findById(REF)).thenReturn(Optional.of(pending()), Optional.of(settled()));
    assertThat(service.settle(paid)).isEqualTo(Outcome.ALREADY_CONFIRMED);
  }

  @Test
  void aDuplicateThatHitsTheOrdersVersion_isAReplay_whenTheOrderIsFoundSettled() {
    losesTheRace(new ObjectOptimisticLockingFailureException(PaymentOrderEntity.class, REF));
    when(orders.findById(REF)).thenReturn(Optional.of(pending()), Optional.of(settled()));
    assertThat(service.settle(paid)).isEqualTo(Outcome.ALREADY_CONFIRMED);
  }

  @Test
  void aConflictThatLeavesTheOrderPending_isThrown_forTheGatewayToRetry() {
    losesTheRace(new ObjectOptimisticLockingFailureException(PaymentOrderEntity.class, REF));
    when(orders.findById(REF)).thenReturn(Optional.of(pending()), Optional.of(pending()));
    assertThatThrownBy(() -> service.settle(paid))
        .isInstanceOf(ObjectOptimisticLockingFailureException.class);
  }

  void losesTheRace(RuntimeException conflict) {
    when(payments.findById(CODE))
        .thenReturn(Optional.of(new PaymentEntity(CODE, 205_000, "ONLINE", NOW)));
    doThrow(conflict).when(orders).flush();
  }

  static PaymentOrderEntity pending() {
    return new PaymentOrderEntity(REF, CODE, 205_000, NOW);
  }

  static PaymentOrderEntity settled() {
    PaymentOrderEntity order = pending();
    order.paid("13900005", "00", NOW);
    return order;
  }
}
