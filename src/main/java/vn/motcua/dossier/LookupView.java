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
    List<Step> steps) {

  /** A status change: when, and to what (who and why stay out: notes may carry personal data). */
  public record Step(Instant at, DossierStatus status) {}
}
