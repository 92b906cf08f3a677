package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.FieldError;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierStateException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.Stage;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * Moves dossiers on as officers decide and system steps complete. Called from the workflow inside
 * the engine's transaction: a rejected decision rolls the task completion back with it.
 */
@Service
@Transactional
class DossierProgressService implements DossierDecisions {

  static final String OFFICER = "OFFICER";
  static final String SYSTEM = "SYSTEM";

  private final DossierRepository dossiers;
  private final ProcedureCatalog catalog;
  private final DossierClock clock;
  private final ApplicationEventPublisher events;

  DossierProgressService(
      DossierRepository dossiers,
      ProcedureCatalog catalog,
      DossierClock clock,
      ApplicationEventPublisher events) {
    this.dossiers = dossiers;
    this.catalog = catalog;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public void decide(String code, Stage stage, String decision, String reason, String actor) {
    List<FieldError> errors = new ArrayList<>();
    if (decision == null || !stage.decisions().contains(decision)) {
      errors.add(
          FieldError.of(
              stage.decisionVariable(),
              VietnameseTexts.text("label.decision"),
              "decision.unknown",
              String.join(", ", stage.decisions())));
    } else if (stage.needsReason(decision) && (reason == null || reason.isBlank())) {
      errors.add(
          FieldError.of(
              stage.reasonVariable(),
              VietnameseTexts.text("label.reason"),
              "decision.reasonRequired"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    DossierEntity dossier = find(code);
    expect(
        dossier,
        switch (stage) {
          case RECEIVE -> Set.of(DossierStatus.SUBMITTED, DossierStatus.SUPPLEMENTED);
          case ASSESS -> Set.of(DossierStatus.RECEIVED);
          case APPROVE -> Set.of(DossierStatus.IN_APPROVAL);
        });
    String because = reason == null || reason.isBlank() ? "" : ": " + reason.trim();
    switch (decision) {
      case "accept" -> {
        dossier.schedule(dossier.receivedAt(), clock.appointment(dossier, timeLimitOf(dossier)));
        change(
            dossier,
            DossierStatus.RECEIVED,
            actor,
            OFFICER,
            note("received", VietnameseFormats.dateTime(dossier.appointmentAt())));
      }
      case "supplement" -> {
        dossier.pauseClock("SUPPLEMENT", clock.now());
        change(
            dossier,
            DossierStatus.SUPPLEMENT_REQUESTED,
            actor,
            OFFICER,
            note("supplementRequested", because));
      }
      case "refuse" ->
          change(dossier, DossierStatus.REFUSED, actor, OFFICER, note("refused", because));
      case "propose" ->
          change(dossier, DossierStatus.IN_APPROVAL, actor, OFFICER, note("proposed", because));
      case "stop" ->
          change(dossier, DossierStatus.STOPPED, actor, OFFICER, note("stopped", because));
      case "approve" ->
          change(dossier, DossierStatus.RESULT_READY, actor, OFFICER, note("approved", because));
      case "reject" ->
          change(dossier, DossierStatus.REJECTED, actor, OFFICER, note("rejected", because));
      default -> throw new IllegalStateException(decision);
    }
  }

  @Override
  @Transactional(readOnly = true)
  public Instant dueDate(String code, String stage) {
    DossierEntity dossier = find(code);
    return clock.stageDue(dossier, timeLimitOf(dossier), stage);
  }

  @Override
  public void paymentRequested(String code, long amount) {
    DossierEntity dossier = find(code);
    if (dossier.status() == DossierStatus.AWAITING_PAYMENT) {
      return;
    }
    expect(dossier, Set.of(DossierStatus.RESULT_READY));
    dossier.pauseClock("FINANCIAL_OBLIGATION", clock.now());
    change(
        dossier,
        DossierStatus.AWAITING_PAYMENT,
        SYSTEM_ACTOR,
        SYSTEM,
        note("paymentRequested", VietnameseFormats.vnd(amount)));
  }

  @Override
  public void paymentSettled(String code, String how, String actor) {
    DossierEntity dossier = find(code);
    if (dossier.status() != DossierStatus.AWAITING_PAYMENT) {
      return;
    }
    dossier.resumeClock(clock.now());
    dossier.schedule(dossier.receivedAt(), clock.appointment(dossier, timeLimitOf(dossier)));
    change(dossier, DossierStatus.RESULT_READY, actor, kindOf(actor), note("paymentSettled", how));
  }

  @Override
  public void paymentReminded(String code) {
    DossierEntity dossier = find(code);
    String note = note("paymentReminded");
    // not a change of status, but the applicant is told as if it were: mail, SMS (and the portal
    // again)
    events.publishEvent(dossier.note(clock.now(), SYSTEM_ACTOR, SYSTEM, note));
  }

  @Override
  public void paymentExpired(String code) {
    DossierEntity dossier = find(code);
    dossier.resumeClock(clock.now());
    change(dossier, DossierStatus.STOPPED, SYSTEM_ACTOR, SYSTEM, note("paymentExpired"));
  }

  @Override
  public void resultDispatched(String code, String trackingCode) {
    change(
        find(code),
        DossierStatus.DISPATCHED,
        SYSTEM_ACTOR,
        SYSTEM,
        note("dispatched", trackingCode));
  }

  @Override
  public void resultDelivered(String code, String how, String actor) {
    DossierEntity dossier = find(code);
    if (dossier.status() == DossierStatus.DELIVERED) {
      return;
    }
    change(dossier, DossierStatus.DELIVERED, actor, kindOf(actor), note("delivered", how));
  }

  /**
   * A timeline note ({@code timeline.<key>}): stored with the dossier and shown as written, so in
   * Vietnamese.
   */
  private static String note(String key, Object... args) {
    return VietnameseTexts.text("timeline." + key, args);
  }

  private static String kindOf(String actor) {
    return SYSTEM_ACTOR.equals(actor) ? SYSTEM : OFFICER;
  }

  private TimeLimit timeLimitOf(DossierEntity dossier) {
    return catalog
        .version(dossier.procedureVersionId())
        .orElseThrow()
        .descriptor()
        .timeLimit()
        .toTimeLimit();
  }

  private void change(
      DossierEntity dossier, DossierStatus to, String actor, String actorKind, String note) {
    events.publishEvent(dossier.moveTo(to, clock.now(), actor, actorKind, note));
  }

  private DossierEntity find(String code) {
    return dossiers.findByCode(code).orElseThrow(() -> new DossierNotFoundException(code));
  }

  private static void expect(DossierEntity dossier, Set<DossierStatus> allowed) {
    if (!allowed.contains(dossier.status())) {
      throw new DossierStateException(
          dossier.code(), dossier.status(), "dossier.wrongStatusForStep");
    }
  }
}
