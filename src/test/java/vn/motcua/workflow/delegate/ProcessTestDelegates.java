package vn.motcua.workflow.delegate;

import static org.mockito.Mockito.mock;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import vn.motcua.delivery.Deliveries;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.Dossiers;
import vn.motcua.payment.PaymentTerms;
import vn.motcua.payment.Payments;
import vn.motcua.workflow.engine.FieldErrorMessages;

/**
 * The real delegates and listeners, wired to mocked module services, registered under the names the
 * BPMN uses: what a process test needs to run the real glue without the modules behind it.
 */
public final class ProcessTestDelegates {

  public final Payments payments = mock(Payments.class);
  public final DossierDecisions decisions = mock(DossierDecisions.class);
  public final Deliveries deliveries = mock(Deliveries.class);
  public final Dossiers dossiers = mock(Dossiers.class);
  public final FieldErrorMessages messages = mock(FieldErrorMessages.class);
  public final vn.motcua.notification.StatusMessages statusMessages =
      mock(vn.motcua.notification.StatusMessages.class);
  public final vn.motcua.notification.EmailGateway email =
      mock(vn.motcua.notification.EmailGateway.class);
  public final vn.motcua.notification.SmsGateway sms =
      mock(vn.motcua.notification.SmsGateway.class);
  public final vn.motcua.interop.NationalPortal portal =
      mock(vn.motcua.interop.NationalPortal.class);

  /** Runs every effect: each process test starts from an empty ledger. */
  public final SideEffectLedger ledger = mock(SideEffectLedger.class);

  public final vn.motcua.shared.PublicUrls urls = mock(vn.motcua.shared.PublicUrls.class);

  public static ProcessTestDelegates register() {
    ProcessTestDelegates d = new ProcessTestDelegates();
    Mocks.register("decisionRecorder", new DecisionRecorder(d.decisions, d.messages));
    PaymentDelegates payment = new PaymentDelegates();
    Mocks.register("counterPaymentRecorder", payment.counterPaymentRecorder(d.payments));
    Mocks.register("paymentRequester", payment.paymentRequester(d.payments));
    Mocks.register("paymentOrderCreator", payment.paymentOrderCreator(d.payments));
    Mocks.register("paymentReminder", payment.paymentReminder(d.decisions));
    Mocks.register("paymentCanceller", payment.paymentCanceller(d.payments));
    Mocks.register("paymentConfirmer", payment.paymentConfirmer(d.payments));
    DeliveryDelegates delivery = new DeliveryDelegates();
    Mocks.register("handOverRecorder", delivery.handOverRecorder(d.deliveries));
    Mocks.register("shipmentCreator", delivery.shipmentCreator(d.deliveries));
    Mocks.register("electronicResultSender", delivery.electronicResultSender(d.deliveries));
    Mocks.register("deliveryRecorder", delivery.deliveryRecorder(d.deliveries));
    ReconciliationDelegates reconciliation = new ReconciliationDelegates();
    Mocks.register("paymentReconciler", reconciliation.paymentReconciler(d.payments));
    Mocks.register("reconciliationIncident", reconciliation.reconciliationIncident());
    org.mockito.Mockito.doAnswer(
            call -> {
              try {
                call.getArgument(3, Runnable.class).run();
              } catch (RuntimeException e) {
                throw new vn.motcua.shared.SideEffects.EffectFailedException("failed", e);
              }
              return true;
            })
        .when(d.ledger)
        .once(
            org.mockito.ArgumentMatchers.anyString(),
            org.mockito.ArgumentMatchers.anyString(),
            org.mockito.ArgumentMatchers.anyString(),
            org.mockito.ArgumentMatchers.any());
    // the delegates can read any dossier a test names
    org.mockito.Mockito.when(d.dossiers.get(org.mockito.ArgumentMatchers.anyString()))
        .thenAnswer(call -> sampleDossier(call.getArgument(0)));
    NotificationDelegates notification = new NotificationDelegates();
    // the real channels, to the mocked gateways: the process tests tell which ones are reached
    vn.motcua.notification.StatusNotifications channels =
        new vn.motcua.notification.internal.StatusChannels(
            d.statusMessages, d.email, d.sms, d.portal, d.ledger, d.urls);
    Mocks.register("statusNotifier", notification.statusNotifier(d.dossiers, channels));
    Mocks.register(
        "statusChannelResender", notification.statusChannelResender(d.dossiers, channels));
    Mocks.register("statusEmailSender", notification.statusEmailSender(d.dossiers, channels));
    Mocks.register("statusSmsSender", notification.statusSmsSender(d.dossiers, channels));
    Mocks.register("nationalPortalPusher", notification.nationalPortalPusher(d.dossiers, channels));
    Mocks.register("stageDeadlines", new FixedDeadlines());
    Mocks.register(
        "paymentDeadlines",
        new Deadlines.PaymentDeadlines(
            new PaymentTerms(
                new vn.motcua.calendar.WorkingCalendar(
                    java.util.List.of(),
                    java.util.Set.of(),
                    new vn.motcua.calendar.OfficeHours(
                        java.time.LocalTime.of(7, 30), java.time.LocalTime.of(17, 0))),
                3,
                2)));
    return d;
  }

  /** A delivered-by-mail dossier as the delegates read it. */
  public static vn.motcua.dossier.DossierView sampleDossier(String code) {
    return sampleDossier(
        code,
        vn.motcua.dossier.DossierStatus.RESULT_READY,
        "0912345678",
        "an@example.vn",
        java.util.List.of());
  }

  /**
   * An online birth registration of Lâm Thành with a result by mail, in {@code status}, reaching
   * its applicant at {@code phone} and {@code email}, with that timeline.
   */
  public static vn.motcua.dossier.DossierView sampleDossier(
      String code,
      vn.motcua.dossier.DossierStatus status,
      String phone,
      String email,
      java.util.List<vn.motcua.dossier.DossierView.TimelineEntry> timeline) {
    return new vn.motcua.dossier.DossierView(
        code,
        "1.001193",
        "Đăng ký khai sinh",
        1,
        1,
        4,
        vn.motcua.dossier.Channel.ONLINE,
        status,
        "Nguyễn Văn An",
        "citizen1",
        null,
        phone,
        email,
        "Xã Lam Thành",
        "lamthanh",
        "lamthanh",
        vn.motcua.dossier.DeliveryMethod.ELECTRONIC,
        null,
        0,
        java.util.Map.of(),
        java.time.Instant.now(),
        java.time.Instant.now(),
        java.time.Instant.now(),
        null,
        java.util.List.of(),
        timeline);
  }

  /** Stage due dates a day after the engine's now; the real ones are tested with the calendar. */
  public static class FixedDeadlines {
    public Date dueDate(String dossierCode, String stage) {
      return new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L);
    }
  }
}
