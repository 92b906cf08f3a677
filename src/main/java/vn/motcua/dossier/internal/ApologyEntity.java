package vn.motcua.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An apology: drafted (the new appointment and why), then approved by the agency's leader, which
 * tells the applicant; until then a new draft replaces it.
 */
@Entity
@Table(name = "dossier_apology")
class ApologyEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "previous_appointment_at")
  private Instant previousAppointmentAt;

  @Column(name = "new_appointment_at", nullable = false)
  private Instant newAppointmentAt;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Column(name = "drafted_by", nullable = false)
  private String draftedBy;

  @Column(name = "drafted_at", nullable = false)
  private Instant draftedAt;

  @Column(name = "change_id")
  private UUID changeId;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  protected ApologyEntity() {}

  ApologyEntity(Instant newAppointmentAt, String reason, String draftedBy, Instant draftedAt) {
    this.newAppointmentAt = newAppointmentAt;
    this.reason = reason;
    this.draftedBy = draftedBy;
    this.draftedAt = draftedAt;
  }

  void redraft(Instant newAppointmentAt, String reason, String draftedBy, Instant draftedAt) {
    this.newAppointmentAt = newAppointmentAt;
    this.reason = reason;
    this.draftedBy = draftedBy;
    this.draftedAt = draftedAt;
  }

  void approve(UUID changeId, Instant previousAppointmentAt, String approvedBy, Instant at) {
    this.changeId = changeId;
    this.previousAppointmentAt = previousAppointmentAt;
    this.approvedBy = approvedBy;
    this.approvedAt = at;
  }

  boolean isApproved() {
    return approvedAt != null;
  }

  UUID changeId() {
    return changeId;
  }

  Instant previousAppointmentAt() {
    return previousAppointmentAt;
  }

  Instant newAppointmentAt() {
    return newAppointmentAt;
  }

  String reason() {
    return reason;
  }

  String draftedBy() {
    return draftedBy;
  }

  String approvedBy() {
    return approvedBy;
  }

  Instant approvedAt() {
    return approvedAt;
  }
}
