package vn.motcua.dossier.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DeliveryMethod;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;

@Entity
@Table(name = "dossier")
class DossierEntity {

  @Id private UUID id;

  @Column(nullable = false, unique = true, updatable = false)
  private String code;

  @Column(name = "procedure_code", nullable = false, updatable = false)
  private String procedureCode;

  @Column(name = "procedure_version_id", nullable = false, updatable = false)
  private long procedureVersionId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "service_level", nullable = false)
  private int level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DossierStatus status;

  @Column(name = "applicant_account", nullable = false, updatable = false)
  private String applicantAccount;

  @Column(name = "applicant_name", nullable = false)
  private String applicantName;

  @Column(name = "applicant_citizen_id")
  private String applicantCitizenId;

  @Column(name = "applicant_phone")
  private String applicantPhone;

  @Column(name = "applicant_email")
  private String applicantEmail;

  @Column(name = "applicant_residence")
  private String applicantResidence;

  @Column(name = "receiving_unit", nullable = false)
  private String receivingUnit;

  @Column(name = "resolving_agency", nullable = false)
  private String resolvingAgency;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_method", nullable = false)
  private DeliveryMethod deliveryMethod;

  @Column(name = "delivery_address")
  private String deliveryAddress;

  @Column(name = "fee_amount", nullable = false)
  private long feeAmount;

  @Column(name = "fee_lines", length = 4000)
  private String feeLines;

  @Column(name = "form_data", nullable = false, length = 200_000)
  private String formData;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "appointment_at")
  private Instant appointmentAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  /** The national portal's id of a dossier it sent (unique); null for every other dossier. */
  @Column(name = "national_id", updatable = false)
  private String nationalId;

  /** When an officer started a verification: the time limit with verification applies since. */
  @Column(name = "verification_started_at")
  private Instant verificationStartedAt;

  @Version private long version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "dossier_id", nullable = false)
  @OrderBy("id")
  private List<DossierComponentEntity> components = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "dossier_id", nullable = false)
  @OrderBy("id")
  private List<TimelineEventEntity> timeline = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "dossier_id", nullable = false)
  @OrderBy("id")
  private List<ClockPauseEntity> pauses = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "dossier_id", nullable = false)
  @OrderBy("id")
  private List<ApologyEntity> apologies = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "dossier_id", nullable = false)
  @OrderBy("position")
  private List<DossierPartEntity> parts = new ArrayList<>();

  protected DossierEntity() {}

  DossierEntity(
      String code,
      String procedureCode,
      long procedureVersionId,
      int level,
      Channel channel,
      String applicantAccount,
      String applicantName,
      String applicantCitizenId,
      String applicantPhone,
      String applicantEmail,
      String applicantResidence,
      String receivingUnit,
      String resolvingAgency,
      DeliveryMethod deliveryMethod,
      String deliveryAddress,
      long feeAmount,
      String feeLines,
      String formData,
      Instant submittedAt) {
    this.id = UUID.randomUUID();
    this.code = code;
    this.procedureCode = procedureCode;
    this.procedureVersionId = procedureVersionId;
    this.level = level;
    this.channel = channel;
    this.status = DossierStatus.SUBMITTED;
    this.applicantAccount = applicantAccount;
    this.applicantName = applicantName;
    this.applicantCitizenId = applicantCitizenId;
    this.applicantPhone = applicantPhone;
    this.applicantEmail = applicantEmail;
    this.applicantResidence = applicantResidence;
    this.receivingUnit = receivingUnit;
    this.resolvingAgency = resolvingAgency;
    this.deliveryMethod = deliveryMethod;
    this.deliveryAddress = deliveryAddress;
    this.feeAmount = feeAmount;
    this.feeLines = feeLines;
    this.formData = formData;
    this.submittedAt = submittedAt;
  }

  /** Marks the dossier as the one the national portal sent under {@code nationalId}. */
  void cameFromNationalPortal(String nationalId) {
    this.nationalId = nationalId;
  }

  String nationalId() {
    return nationalId;
  }

  /** Starts a verification; answers false when one was started before (the limit moves once). */
  boolean startVerification(Instant at) {
    if (verificationStartedAt != null) {
      return false;
    }
    verificationStartedAt = at;
    return true;
  }

  boolean verifying() {
    return verificationStartedAt != null;
  }

  /** Moves to {@code to} and records it on the timeline; answers the status it left. */
  DossierStatusChanged moveTo(
      DossierStatus to, Instant at, String actor, String actorKind, String note) {
    DossierStatus from = status;
    status = to;
    if (to.isFinal()) {
      completedAt = at;
    }
    return record(from, at, actor, actorKind, note, false);
  }

  /** A notice that is not a change of status, told to the applicant as if it were one. */
  DossierStatusChanged note(Instant at, String actor, String actorKind, String note) {
    return record(status, at, actor, actorKind, note, false);
  }

  /**
   * An entry of the agency's own work (a step done, a task given or handed on, a stage overdue, a
   * leader's follow-up): on the officers' timeline and the process-control slip, never shown or
   * told to the applicant.
   */
  void internalNote(Instant at, String actor, String actorKind, String note) {
    record(status, at, actor, actorKind, note, true);
  }

  private DossierStatusChanged record(
      DossierStatus from,
      Instant at,
      String actor,
      String actorKind,
      String note,
      boolean internal) {
    DossierStatusChanged change = DossierStatusChanged.of(code, from, status, at, note);
    timeline.add(
        new TimelineEventEntity(change.changeId(), at, actor, actorKind, status, note, internal));
    return change;
  }

  void pauseClock(String reason, Instant at) {
    if (openPause().isEmpty()) {
      pauses.add(new ClockPauseEntity(reason, at));
    }
  }

  void resumeClock(Instant at) {
    openPause().ifPresent(p -> p.end(at));
  }

  Optional<ClockPauseEntity> openPause() {
    return pauses.stream().filter(ClockPauseEntity::isOpen).findFirst();
  }

  void addComponent(DossierComponentEntity component) {
    components.add(component);
  }

  void schedule(Instant receivedAt, Instant appointmentAt) {
    this.receivedAt = receivedAt;
    this.appointmentAt = appointmentAt;
  }

  /** The agency that resolves the dossier from now on: its officers work it and may open it. */
  void transferTo(String agencyId) {
    this.resolvingAgency = agencyId;
  }

  /**
   * Back to an earlier status for the agency's own reason (the leader returns the dossier to the
   * specialist): an internal entry, the applicant is told of no change.
   */
  void stepBack(DossierStatus to, Instant at, String actor, String actorKind, String note) {
    status = to;
    internalNote(at, actor, actorKind, note);
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void replaceFormData(String formData) {
    this.formData = formData;
  }

  UUID id() {
    return id;
  }

  String code() {
    return code;
  }

  String procedureCode() {
    return procedureCode;
  }

  long procedureVersionId() {
    return procedureVersionId;
  }

  String processInstanceId() {
    return processInstanceId;
  }

  int level() {
    return level;
  }

  Channel channel() {
    return channel;
  }

  DossierStatus status() {
    return status;
  }

  String applicantAccount() {
    return applicantAccount;
  }

  String applicantName() {
    return applicantName;
  }

  String applicantCitizenId() {
    return applicantCitizenId;
  }

  String applicantPhone() {
    return applicantPhone;
  }

  String applicantEmail() {
    return applicantEmail;
  }

  String applicantResidence() {
    return applicantResidence;
  }

  String receivingUnit() {
    return receivingUnit;
  }

  String resolvingAgency() {
    return resolvingAgency;
  }

  DeliveryMethod deliveryMethod() {
    return deliveryMethod;
  }

  String deliveryAddress() {
    return deliveryAddress;
  }

  long feeAmount() {
    return feeAmount;
  }

  String feeLines() {
    return feeLines;
  }

  String formData() {
    return formData;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  Instant receivedAt() {
    return receivedAt;
  }

  Instant appointmentAt() {
    return appointmentAt;
  }

  Instant completedAt() {
    return completedAt;
  }

  List<DossierComponentEntity> components() {
    return components;
  }

  List<TimelineEventEntity> timeline() {
    return timeline;
  }

  /** The parts of an interlinked group's dossier, in order; empty for a procedure of one agency. */
  List<DossierPartEntity> parts() {
    return parts;
  }

  void addPart(DossierPartEntity part) {
    parts.add(part);
  }

  List<ClockPauseEntity> pauses() {
    return pauses;
  }

  List<ApologyEntity> apologies() {
    return apologies;
  }

  /** The apology approved last: its appointment holds until another replaces it. */
  Optional<ApologyEntity> latestApology() {
    return apologies.stream().filter(ApologyEntity::isApproved).reduce((a, b) -> b);
  }

  /** The apology drafted and not approved yet. */
  Optional<ApologyEntity> pendingApology() {
    return apologies.stream().filter(a -> !a.isApproved()).reduce((a, b) -> b);
  }

  /** Drafts the apology, or replaces the draft not approved yet. */
  void draftApology(Instant newAppointmentAt, String reason, String draftedBy, Instant at) {
    Optional<ApologyEntity> pending = pendingApology();
    if (pending.isPresent()) {
      pending.get().redraft(newAppointmentAt, reason, draftedBy, at);
    } else {
      apologies.add(new ApologyEntity(newAppointmentAt, reason, draftedBy, at));
    }
  }

  /**
   * Approves the pending draft with its timeline entry (not a change of status, told to the
   * applicant as one); the caller moves the appointment.
   */
  DossierStatusChanged approveApology(
      ApologyEntity draft, Instant at, String approvedBy, String note) {
    DossierStatusChanged change = note(at, approvedBy, "OFFICER", note);
    draft.approve(change.changeId(), appointmentAt, approvedBy, at);
    return change;
  }
}
