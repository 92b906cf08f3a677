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
import vn.motcua.dossier.PartStatus;

/**
 * A part of an interlinked group's dossier (docs/interlinked.md): a procedure of its own, worked by
 * one agency, with its own due date, status, result (named values as JSON) and reason.
 */
@Entity
@Table(name = "dossier_part")
class DossierPartEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private int position;

  @Column(name = "part_key", nullable = false)
  private String key;

  @Column(name = "procedure_code", nullable = false)
  private String procedureCode;

  @Column(nullable = false)
  private String name;

  @Column(name = "agency_id", nullable = false)
  private String agencyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PartStatus status;

  @Column(name = "working_days", nullable = false)
  private int workingDays;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(length = 4000)
  private String result;

  @Column(length = 2000)
  private String reason;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected DossierPartEntity() {}

  DossierPartEntity(
      int position,
      String key,
      String procedureCode,
      String name,
      String agencyId,
      int workingDays,
      Instant at) {
    this.position = position;
    this.key = key;
    this.procedureCode = procedureCode;
    this.name = name;
    this.agencyId = agencyId;
    this.workingDays = workingDays;
    this.status = PartStatus.WAITING;
    this.updatedAt = at;
  }

  void schedule(Instant dueAt) {
    this.dueAt = dueAt;
  }

  void moveTo(PartStatus to, String reason, Instant at) {
    this.status = to;
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.updatedAt = at;
  }

  void recordResult(String resultJson) {
    this.result = resultJson;
  }

  int position() {
    return position;
  }

  String key() {
    return key;
  }

  String procedureCode() {
    return procedureCode;
  }

  String name() {
    return name;
  }

  String agencyId() {
    return agencyId;
  }

  PartStatus status() {
    return status;
  }

  int workingDays() {
    return workingDays;
  }

  Instant dueAt() {
    return dueAt;
  }

  String result() {
    return result;
  }

  String reason() {
    return reason;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
