package vn.motcua.workflow.delegate;

import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.mockito.stubbing.Answer;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.Agencies;
import vn.motcua.delivery.Deliveries;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DeliveryMethod;
import vn.motcua.dossier.DossierDeadlines;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.interop.NationalPortal;
import vn.motcua.notification.EmailGateway;
import vn.motcua.notification.SmsGateway;
import vn.motcua.notification.StatusMessages;
import vn.motcua.notification.StatusNotifications;
import vn.motcua.notification.internal.StatusChannels;
import vn.motcua.payment.PaymentTerms;
import vn.motcua.payment.Payments;
import vn.motcua.shared.PublicUrls;
import vn.motcua.shared.SideEffects;
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
  public final StatusMessages statusMessages = mock(StatusMessages.class);
  public final EmailGateway email = mock(EmailGateway.class);
  public final SmsGateway sms = mock(SmsGateway.class);
  public final NationalPortal portal = mock(NationalPortal.class);
  public final DossierDeadlines deadlines = mock(DossierDeadlines.class);
  public final Agencies agencies = mock(Agencies.class);

  /** Runs every effect: each process test starts from an empty ledger. */
  public final SideEffectLedger ledger = mock(SideEffectLedger.class);

  public final PublicUrls urls = mock(PublicUrls.class);

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
    Mocks.register("handOverRecorder", delivery.handOverRecorder(d.deliveries, d.messages));
    Mocks.register("shipmentCreator", delivery.shipmentCreator(d.deliveries));
    Mocks.register("electronicResultSender", delivery.electronicResultSender(d.deliveries));
    Mocks.register("deliveryRecorder", delivery.deliveryRecorder(d.deliveries));
    ReconciliationDelegates reconciliation = new ReconciliationDelegates();
    Mocks.register("paymentReconciler", reconciliation.paymentReconciler(d.payments));
    Mocks.register("reconciliationIncident", reconciliation.reconciliationIncident());
    Answer<Boolean> runs =
        call -> {
          try {
            call.getArgument(3, Runnable.class).run();
          } catch (RuntimeException e) {
            throw new SideEffects.EffectFailedException("failed", e);
          }
          return true;
        };
    Mockito.doAnswer(runs)
        .when(d.ledger)
        .once(
            ArgumentMatchers.anyString(),
            ArgumentMatchers.anyString(),
            ArgumentMatchers.anyString(),
            ArgumentMatchers.any());
    Mockito.doAnswer(runs)
        .when(d.ledger)
        .atMostOnce(
            ArgumentMatchers.anyString(),
            ArgumentMatchers.anyString(),
            ArgumentMatchers.anyString(),
            ArgumentMatchers.any());
    // the delegates can read any dossier a test names
    Mockito.when(d.dossiers.get(ArgumentMatchers.anyString()))
        .thenAnswer(call -> sampleDossier(call.getArgument(0)));
    NotificationDelegates notification = new NotificationDelegates();
    // the real channels, to the mocked gateways: the process tests tell which ones are reached
    StatusNotifications channels =
        new StatusChannels(
            d.statusMessages,
            d.email,
            d.sms,
            d.portal,
            d.ledger,
            d.urls,
            change -> Optional.empty());
    Mocks.register("statusNotifier", notification.statusNotifier(d.dossiers, channels));
    Mocks.register(
        "statusChannelResender", notification.statusChannelResender(d.dossiers, channels));
    Mocks.register("statusEmailSender", notification.statusEmailSender(d.dossiers, channels));
    Mocks.register("statusSmsSender", notification.statusSmsSender(d.dossiers, channels));
    Mocks.register("nationalPortalPusher", notification.nationalPortalPusher(d.dossiers, channels));
    Mocks.register("stageDeadlines", new FixedDeadlines());
    DeadlineDelegates deadline = new DeadlineDelegates();
    Mocks.register(
        "officerReminder", deadline.officerReminder(d.dossiers, d.email, d.ledger, d.urls));
    Mocks.register(
        "leaderAlarm",
        deadline.leaderAlarm(d.dossiers, d.deadlines, d.agencies, d.email, d.ledger, d.urls));
    Mocks.register("followUpRecorder", deadline.followUpRecorder(d.deadlines));
    Mocks.register("latenessCheck", deadline.latenessCheck(d.deadlines, d.dossiers));
    Mocks.register("apologyDraftCheck", deadline.apologyDraftCheck(d.deadlines, d.messages));
    Mocks.register("apologyApprovalCheck", deadline.apologyApprovalCheck(d.messages));
    Mocks.register("apologyIssuer", deadline.apologyIssuer(d.deadlines));
    Mocks.register(
        "paymentDeadlines",
        new Deadlines.PaymentDeadlines(
            new PaymentTerms(
                new WorkingCalendar(
                    List.of(), Set.of(), new OfficeHours(LocalTime.of(7, 30), LocalTime.of(17, 0))),
                3,
                2)));
    return d;
  }

  /** A delivered-by-mail dossier as the delegates read it. */
  public static DossierView sampleDossier(String code) {
    return sampleDossier(
        code, DossierStatus.RESULT_READY, "0912345678", "an@example.vn", List.of());
  }

  /**
   * An online birth registration of Lâm Thành with a result by mail, in {@code status}, reaching
   * its applicant at {@code phone} and {@code email}, with that timeline.
   */
  public static DossierView sampleDossier(
      String code,
      DossierStatus status,
      String phone,
      String email,
      List<DossierView.TimelineEntry> timeline) {
    return new DossierView(
        code,
        "1.001193",
        "Đăng ký khai sinh",
        1,
        1,
        4,
        Channel.ONLINE,
        status,
        "Nguyễn Văn An",
        "citizen1",
        null,
        phone,
        email,
        "Xã Lam Thành",
        "lamthanh",
        "lamthanh",
        DeliveryMethod.ELECTRONIC,
        null,
        0,
        Map.of(),
        Instant.now(),
        Instant.now(),
        Instant.now(),
        null,
        List.of(),
        timeline,
        null,
        List.of());
  }

  /**
   * Stage due dates a day after the engine's now, and the appointment's check two days after it;
   * the real ones are tested with the calendar.
   */
  public static class FixedDeadlines {
    public Date dueDate(String dossierCode, String stage) {
      return new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L);
    }

    public Date apologyCheckAt(String dossierCode) {
      return new Date(ClockUtil.getCurrentTime().getTime() + 2 * 86_400_000L);
    }
  }
}
