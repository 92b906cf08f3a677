package vn.motcua.interop.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.interop.StatusUpdate;

/** A status update as the sandbox portal received it. */
@Entity
@Table(name = "national_portal_push")
class PortalPushEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dossier_code", nullable = false)
  private String dossierCode;

  @Column(name = "procedure_code", nullable = false)
  private String procedureCode;

  @Column(name = "national_status", nullable = false)
  private int nationalStatus;

  @Column(nullable = false)
  private int channel;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "appointment_at")
  private Instant appointmentAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "national_id")
  private String nationalId;

  @Column(name = "pushed_at", nullable = false)
  private Instant pushedAt;

  protected PortalPushEntity() {}

  PortalPushEntity(StatusUpdate u, Instant pushedAt) {
    this.dossierCode = u.dossierCode();
    this.procedureCode = u.procedureCode();
    this.nationalStatus = u.nationalStatus();
    this.channel = u.channel();
    this.receivedAt = u.receivedAt();
    this.appointmentAt = u.appointmentAt();
    this.completedAt = u.completedAt();
    this.changedAt = u.changedAt();
    this.nationalId = u.nationalId();
    this.pushedAt = pushedAt;
  }

  StatusUpdate toUpdate() {
    return new StatusUpdate(
        dossierCode,
        procedureCode,
        nationalStatus,
        channel,
        receivedAt,
        appointmentAt,
        completedAt,
        changedAt,
        nationalId);
  }
}
