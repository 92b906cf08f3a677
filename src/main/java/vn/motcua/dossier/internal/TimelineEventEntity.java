package vn.motcua.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;

/** One step of a dossier's history: when, who, the status it left the dossier in, and a note. */
@Entity
@Table(name = "dossier_timeline")
class TimelineEventEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String actor;

  @Column(name = "actor_kind", nullable = false)
  private String actorKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DossierStatus status;

  @Column(name = "national_status", nullable = false)
  private int nationalStatus;

  @Column(length = 2000)
  private String note;

  @Column(name = "change_id")
  private UUID changeId;

  /** Of the agency's own work: for officers and the process-control slip, not the applicant. */
  @Column(nullable = false)
  private boolean internal;

  protected TimelineEventEntity() {}

  TimelineEventEntity(
      UUID changeId,
      Instant at,
      String actor,
      String actorKind,
      DossierStatus status,
      String note,
      boolean internal) {
    this.changeId = changeId;
    this.internal = internal;
    this.at = at;
    this.actor = actor;
    this.actorKind = actorKind;
    this.status = status;
    this.nationalStatus = status.nationalCode();
    this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
  }

  Instant at() {
    return at;
  }

  boolean internal() {
    return internal;
  }

  DossierStatus status() {
    return status;
  }

  DossierView.TimelineEntry toView() {
    return new DossierView.TimelineEntry(at, actor, actorKind, status, note, changeId, internal);
  }
}
