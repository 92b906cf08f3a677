package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * A dossier as anyone may see it: masked applicant name, dates, status and the status changes with
 * their times.
 */
public record LookupView(
    String code,
    String procedureCode,
    String procedureName,
    String maskedApplicantName,
    Instant receivedAt,
    Instant appointmentAt,
    DossierStatus status,
    List<Step> steps,
    List<Part> parts) {

  public LookupView {
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /**
   * A part of an interlinked group: its procedure, the agency working it, where it stands and its
   * due date (no result, no reason: they may carry personal data).
   */
  public record Part(String name, String agencyName, PartStatus status, Instant dueAt) {}

  /** A status change: when, and to what (who and why stay out: notes may carry personal data). */
  public record Step(Instant at, DossierStatus status) {}
}
