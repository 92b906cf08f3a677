package vn.motcua.dossier.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.FieldError;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor.TimeLimitSpec;
import vn.motcua.dossier.DossierDeadlines;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierStateException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.PartStage;
import vn.motcua.dossier.PartStatus;
import vn.motcua.dossier.Stage;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * Moves dossiers on as officers decide and system steps complete. Called from the workflow inside
 * the engine's transaction: a rejected decision rolls the task completion back with it.
 */
@Service
@Transactional
class DossierProgressService implements DossierDecisions, DossierDeadlines {

  static final String OFFICER = "OFFICER";

  /** Where a dossier must stand for an officer's decision to lead to each status. */
  private static final Map<DossierStatus, Set<DossierStatus>> FROM =
      Map.of(
          DossierStatus.RECEIVED, Set.of(DossierStatus.SUBMITTED, DossierStatus.SUPPLEMENTED),
          DossierStatus.SUPPLEMENT_REQUESTED,
              Set.of(DossierStatus.SUBMITTED, DossierStatus.SUPPLEMENTED),
          DossierStatus.REFUSED, Set.of(DossierStatus.SUBMITTED, DossierStatus.SUPPLEMENTED),
          DossierStatus.IN_APPROVAL, Set.of(DossierStatus.RECEIVED),
          DossierStatus.STOPPED, Set.of(DossierStatus.RECEIVED, DossierStatus.IN_APPROVAL),
          DossierStatus.RESULT_READY, Set.of(DossierStatus.RECEIVED, DossierStatus.IN_APPROVAL),
          DossierStatus.REJECTED, Set.of(DossierStatus.RECEIVED, DossierStatus.IN_APPROVAL));

  /** Where a dossier stands while its agencies work on it: a step that keeps the status. */
  private static final Set<DossierStatus> IN_WORK =
      Set.of(DossierStatus.RECEIVED, DossierStatus.IN_APPROVAL);

  /** The timeline note of each decided status ({@code timeline.<note>}). */
  private static final Map<DossierStatus, String> NOTES =
      Map.of(
          DossierStatus.SUPPLEMENT_REQUESTED, "supplementRequested",
          DossierStatus.REFUSED, "refused",
          DossierStatus.IN_APPROVAL, "proposed",
          DossierStatus.STOPPED, "stopped",
          DossierStatus.RESULT_READY, "approved",
          DossierStatus.REJECTED, "rejected");

  static final String SYSTEM = "SYSTEM";

  private static final String SPECIALIST = "specialist";

  private final DossierRepository dossiers;
  private final ProcedureCatalog catalog;
  private final DossierClock clock;
  private final ApplicationEventPublisher events;
  private final DossierParts parts;
  private final DossierViews views;
  private final Agencies agencies;

  DossierProgressService(
      DossierRepository dossiers,
      ProcedureCatalog catalog,
      DossierClock clock,
      ApplicationEventPublisher events,
      DossierParts parts,
      DossierViews views,
      Agencies agencies) {
    this.agencies = agencies;
    this.dossiers = dossiers;
    this.catalog = catalog;
    this.clock = clock;
    this.events = events;
    this.parts = parts;
    this.views = views;
  }

  @Override
  public void decide(String code, Stage stage, String decision, String reason, String actor) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Stage.Decision> chosen = Optional.ofNullable(decision).flatMap(stage::decision);
    if (chosen.isEmpty()) {
      errors.add(
          FieldError.of(
              stage.decisionVariable(),
              VietnameseTexts.text("label.decision"),
              "decision.unknown",
              stage.decisionValues()));
    } else if (chosen.get().reasonRequired() && (reason == null || reason.isBlank())) {
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
    String because = reason == null || reason.isBlank() ? "" : ": " + reason.trim();
    Optional<DossierStatus> leadsTo = chosen.get().leadsTo();
    expect(dossier, leadsTo.map(FROM::get).orElse(IN_WORK));
    if (chosen.get().verifies()) {
      verify(dossier, stage.name(), reason.strip(), actor);
      return;
    }
    if (chosen.get().returns()) {
      // back to the specialist: the dossier is worked again, the applicant sees no change
      String note = note("returned", stage.name(), reason.strip());
      if (dossier.status() == DossierStatus.IN_APPROVAL) {
        dossier.stepBack(DossierStatus.RECEIVED, clock.now(), actor, OFFICER, note);
      } else {
        dossier.internalNote(clock.now(), actor, OFFICER, note);
      }
      return;
    }
    if (chosen.get().transfers()) {
      throw new IllegalStateException(
          "a transfer names its agency: DossierDecisions.transfer, not decide");
    }
    if (leadsTo.isEmpty()) {
      // a step inside the agency's work: on the timeline, not told to the applicant as a change
      dossier.internalNote(clock.now(), actor, OFFICER, note("stepDone", stage.name(), because));
      return;
    }
    DossierStatus to = leadsTo.get();
    if (to == DossierStatus.RECEIVED) {
      dossier.schedule(dossier.receivedAt(), clock.appointment(dossier, timeLimitOf(dossier)));
      parts.start(dossier, timeLimitOf(dossier));
      change(
          dossier,
          to,
          actor,
          OFFICER,
          note("received", VietnameseFormats.dateTime(dossier.appointmentAt())));
      return;
    }
    if (to == DossierStatus.SUPPLEMENT_REQUESTED) {
      dossier.pauseClock("SUPPLEMENT", clock.now());
    }
    if (to.isFinal()) {
      parts.cancelOpen(dossier, reason);
    }
    change(dossier, to, actor, OFFICER, note(NOTES.get(to), because));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, String> transferTargets(String code) {
    DossierEntity dossier = find(code);
    Map<String, String> targets = new LinkedHashMap<>();
    Optional<Agency> current = agencies.find(dossier.resolvingAgency());
    List<Agency> all =
        agencies.all().stream()
            .filter(a -> a.hasRole(SPECIALIST) && !a.id().equals(dossier.resolvingAgency()))
            .toList();
    String parent = current.map(Agency::parentId).orElse(null);
    String area = dossier.resolvingAgency();
    all.stream().filter(a -> a.id().equals(parent)).forEach(a -> targets.put(a.id(), a.name()));
    all.stream()
        .filter(a -> Agency.POLICE.equals(a.kind()) && a.serves().contains(area))
        .forEach(a -> targets.put(a.id(), a.name()));
    all.forEach(a -> targets.putIfAbsent(a.id(), a.name()));
    return targets;
  }

  @Override
  public void transfer(String code, Stage stage, String toAgency, String reason, String actor) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> targets = transferTargets(code);
    if (toAgency == null || !targets.containsKey(toAgency)) {
      errors.add(
          FieldError.of(
              stage.transferVariable(),
              VietnameseTexts.text("label.transferTo"),
              "decision.transferTo"));
    }
    if (reason == null || reason.isBlank()) {
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
    expect(dossier, IN_WORK);
    String from = views.agencyName(dossier.resolvingAgency());
    dossier.transferTo(toAgency);
    dossier.note(
        clock.now(),
        actor,
        OFFICER,
        note("transferred", stage.name(), from, targets.get(toAgency), reason.strip()));
  }

  @Override
  public void reassigned(String code, String taskName, String from, String to, String actor) {
    DossierEntity dossier = find(code);
    dossier.internalNote(
        clock.now(),
        actor,
        OFFICER,
        from == null ? note("assigned", taskName, to) : note("reassigned", taskName, from, to));
  }

  /**
   * A part's decision. Done: its result is recorded (the fields the part produces, those an earlier
   * part produced carried over), and the next part starts, or after the last one the group's result
   * is ready. Refused: the parts after it are cancelled with the reason, and the group ends:
   * STOPPED when no part was done (nothing to hand over), RESULT_READY when earlier parts were
   * (their results are the citizen's: a birth registered stays registered when the residence is
   * refused).
   */
  @Override
  public void decidePart(
      String code,
      PartStage stage,
      String decision,
      String reason,
      Map<String, Object> values,
      String actor) {
    Stage decided = stage.stage();
    Optional<PartStatus> outcome = stage.outcome(decision);
    boolean reasonRequired =
        decided.decision(decision).map(Stage.Decision::reasonRequired).orElse(false);
    boolean verifies = decided.decision(decision).map(Stage.Decision::verifies).orElse(false);
    if (outcome.isEmpty() && !verifies) {
      throw new InvalidSubmissionException(
          List.of(
              FieldError.of(
                  decided.decisionVariable(),
                  VietnameseTexts.text("label.decision"),
                  "decision.unknown",
                  decided.decisionValues())));
    }
    if (reasonRequired && (reason == null || reason.isBlank())) {
      throw new InvalidSubmissionException(
          List.of(
              FieldError.of(
                  decided.reasonVariable(),
                  VietnameseTexts.text("label.reason"),
                  "decision.reasonRequired")));
    }
    DossierEntity dossier = find(code);
    expect(dossier, Set.of(DossierStatus.RECEIVED));
    DossierPartEntity part =
        parts
            .part(dossier, stage.part())
            .filter(p -> p.status() == PartStatus.IN_PROGRESS)
            .orElseThrow(
                () ->
                    new DossierStateException(
                        code, dossier.status(), "dossier.wrongStatusForStep"));
    String agency = views.agencyName(part.agencyId());
    if (verifies) {
      verify(dossier, part.name() + " (" + agency + ")", reason.strip(), actor);
      return;
    }
    if (outcome.get() == PartStatus.DONE) {
      Map<String, Object> earlier = parts.earlierResults(dossier, part);
      Map<String, Object> result = new LinkedHashMap<>();
      for (String field : stage.result()) {
        Object value = values.get(field);
        if (value == null || value.toString().isBlank()) {
          value = earlier.get(field);
        }
        if (value != null) {
          result.put(field, value);
        }
      }
      part.recordResult(views.json(result));
      part.moveTo(PartStatus.DONE, null, clock.now());
      Optional<DossierPartEntity> next =
          dossier.parts().stream().filter(p -> p.status() == PartStatus.WAITING).findFirst();
      if (next.isPresent()) {
        next.get().moveTo(PartStatus.IN_PROGRESS, null, clock.now());
        dossier.note(
            clock.now(),
            actor,
            OFFICER,
            note("partDone", part.name(), agency, next.get().name(), agencyOf(next.get())));
      } else {
        change(
            dossier,
            DossierStatus.RESULT_READY,
            actor,
            OFFICER,
            note("groupDone", part.name(), agency));
      }
      return;
    }
    String why = reason == null ? "" : reason.strip();
    part.moveTo(PartStatus.REFUSED, why, clock.now());
    String cancelled = VietnameseTexts.text("dossier.part.cancelledBecause", part.name(), why);
    parts.cancelOpen(dossier, cancelled);
    boolean anyDone = dossier.parts().stream().anyMatch(p -> p.status() == PartStatus.DONE);
    change(
        dossier,
        anyDone ? DossierStatus.RESULT_READY : DossierStatus.STOPPED,
        actor,
        OFFICER,
        note(anyDone ? "partRefusedAfterDone" : "partRefused", part.name(), agency, why));
  }

  /**
   * A verification started at a stage: the first one moves the appointment to the procedure's limit
   * with verification (and the open parts' due dates with it); the applicant is told what is
   * verified and the new appointment. A later one is only recorded: the limit moves once.
   */
  private void verify(DossierEntity dossier, String where, String what, String actor) {
    TimeLimitSpec spec = timeLimitSpecOf(dossier);
    if (spec.workingDaysWithVerification() == null || !dossier.startVerification(clock.now())) {
      dossier.note(
          clock.now(),
          actor,
          OFFICER,
          note("verifying", where, what, VietnameseFormats.dateTime(dossier.appointmentAt())));
      return;
    }
    TimeLimit limit = spec.toTimeLimit(true);
    dossier.schedule(dossier.receivedAt(), clock.appointment(dossier, limit));
    parts.reschedule(dossier, limit, spec.workingDaysWithVerification() - spec.workingDays());
    // not a change of status, but the applicant is told: mail, SMS, the portal push
    events.publishEvent(
        dossier.note(
            clock.now(),
            actor,
            OFFICER,
            note(
                "verificationStarted",
                where,
                what,
                spec.workingDaysWithVerification(),
                VietnameseFormats.dateTime(dossier.appointmentAt()))));
  }

  private String agencyOf(DossierPartEntity part) {
    return views.agencyName(part.agencyId());
  }

  @Override
  @Transactional(readOnly = true)
  public Instant dueDate(String code, String stage) {
    DossierEntity dossier = find(code);
    Optional<Instant> partDue = parts.part(dossier, stage).map(DossierPartEntity::dueAt);
    if (partDue.isPresent()) {
      return partDue.get();
    }
    return clock.stageDue(
        dossier, timeLimitOf(dossier), timeLimitSpecOf(dossier).cumulativeShare(stage), stage);
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

  // --- deadlines (DossierDeadlines) ---

  /** Where the procedure gives its stages no shares: ask about an apology at 90 % of the way. */
  static final int DEFAULT_APOLOGY_CHECK_PERCENT = 90;

  /** A dossier in an officer's hands, whose clock runs: it can be late. */
  private static final Set<DossierStatus> IN_HAND =
      Set.of(
          DossierStatus.SUBMITTED,
          DossierStatus.SUPPLEMENTED,
          DossierStatus.RECEIVED,
          DossierStatus.IN_APPROVAL);

  @Override
  @Transactional(readOnly = true)
  public Instant apologyCheckAt(String code) {
    DossierEntity dossier = find(code);
    TimeLimit limit = timeLimitOf(dossier);
    int percent = timeLimitSpecOf(dossier).stages().stream().mapToInt(s -> s.percent()).sum();
    Instant byLimit =
        clock.shareOfTheWay(
            dossier, limit, percent > 0 && percent < 100 ? percent : DEFAULT_APOLOGY_CHECK_PERCENT);
    Instant appointment = clock.appointment(dossier, limit);
    if (dossier.openPause().isPresent()) {
      // the clock stands still (a supplement, a fee): nothing can be late before it runs again
      Instant tomorrow = clock.now().plus(Duration.ofDays(1));
      return byLimit.isAfter(tomorrow) ? byLimit : tomorrow;
    }
    Optional<ApologyEntity> apology = dossier.latestApology();
    if (apology.isEmpty()) {
      return byLimit;
    }
    // after an apology: as long before the promised day as the first check was before the first
    // appointment
    Instant first = apology.get().previousAppointmentAt();
    Duration lead = Duration.between(byLimit, first);
    Instant again = appointment.minus(lead.isNegative() ? Duration.ZERO : lead);
    return again.isBefore(apology.get().approvedAt()) ? apology.get().approvedAt() : again;
  }

  @Override
  @Transactional(readOnly = true)
  public Lateness lateness(String code) {
    DossierEntity dossier = find(code);
    if (dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
      return Lateness.ON_TIME;
    }
    if (!IN_HAND.contains(dossier.status())) {
      return Lateness.DONE;
    }
    return clock.now().isBefore(apologyCheckAt(code)) ? Lateness.ON_TIME : Lateness.LATE;
  }

  @Override
  public void stageOverdue(String code, String stageName, Instant due, String agency) {
    DossierEntity dossier = find(code);
    // on the timeline for officers and the process-control slip; not told to the applicant
    dossier.internalNote(
        clock.now(),
        SYSTEM_ACTOR,
        SYSTEM,
        note("stageOverdue", stageName, VietnameseFormats.dateTime(due), agency));
  }

  @Override
  public void followedUp(String code, String stageName, String instruction, String leader) {
    find(code)
        .internalNote(
            clock.now(),
            leader,
            OFFICER,
            note("followedUp", stageName, instruction == null ? "" : instruction.strip()));
  }

  @Override
  public void draftApology(String code, LocalDate newAppointment, String reason, String draftedBy) {
    DossierEntity dossier = find(code);
    List<FieldError> errors = new ArrayList<>();
    LocalDate current =
        dossier.appointmentAt() == null
            ? clock.today()
            : dossier.appointmentAt().atZone(VietnameseFormats.VIETNAM).toLocalDate();
    String dateLabel = VietnameseTexts.text("label.newAppointment");
    if (newAppointment == null) {
      errors.add(FieldError.of("newAppointment", dateLabel, "apology.dateMissing"));
    } else if (!newAppointment.isAfter(current) || newAppointment.isBefore(clock.today())) {
      errors.add(
          FieldError.of(
              "newAppointment", dateLabel, "apology.dateNotLater", VietnameseFormats.day(current)));
    } else if (!clock.isWorkingDay(newAppointment)) {
      errors.add(
          FieldError.of(
              "newAppointment",
              dateLabel,
              "apology.dateNotWorkingDay",
              VietnameseFormats.day(newAppointment)));
    }
    if (reason == null || reason.isBlank()) {
      errors.add(
          FieldError.of(
              "apologyReason",
              VietnameseTexts.text("label.apologyReason"),
              "apology.reasonMissing"));
    } else if (reason.strip().length() > 2000) {
      errors.add(
          FieldError.of(
              "apologyReason",
              VietnameseTexts.text("label.apologyReason"),
              "apology.reasonTooLong"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    dossier.draftApology(clock.closingOf(newAppointment), reason.strip(), draftedBy, clock.now());
  }

  @Override
  public void apologise(String code, String approvedBy) {
    DossierEntity dossier = find(code);
    Optional<ApologyEntity> draft = dossier.pendingApology();
    if (draft.isEmpty()) {
      return; // issued already: the job ran twice
    }
    Instant promised = draft.get().newAppointmentAt();
    DossierStatusChanged told =
        dossier.approveApology(
            draft.get(),
            clock.now(),
            approvedBy,
            note(
                "apologised",
                VietnameseFormats.dateTime(dossier.appointmentAt()),
                VietnameseFormats.dateTime(promised),
                draft.get().reason()));
    dossier.schedule(dossier.receivedAt(), clock.appointment(dossier, timeLimitOf(dossier)));
    events.publishEvent(told);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Apology> pendingApology(String code) {
    return find(code).pendingApology().map(DossierProgressService::apologyOf);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Apology> apology(String code, String changeId) {
    return find(code).apologies().stream()
        .filter(a -> a.changeId() != null && a.changeId().toString().equals(changeId))
        .findFirst()
        .map(DossierProgressService::apologyOf);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Apology> latestApology(String code) {
    return find(code).latestApology().map(DossierProgressService::apologyOf);
  }

  private static Apology apologyOf(ApologyEntity a) {
    return new Apology(
        a.changeId() == null ? null : a.changeId().toString(),
        a.previousAppointmentAt(),
        a.newAppointmentAt().atZone(VietnameseFormats.VIETNAM).toLocalDate(),
        a.reason(),
        a.draftedBy(),
        a.approvedBy(),
        a.approvedAt());
  }

  private TimeLimit timeLimitOf(DossierEntity dossier) {
    return timeLimitSpecOf(dossier).toTimeLimit(dossier.verifying());
  }

  private TimeLimitSpec timeLimitSpecOf(DossierEntity dossier) {
    return catalog.version(dossier.procedureVersionId()).orElseThrow().descriptor().timeLimit();
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
