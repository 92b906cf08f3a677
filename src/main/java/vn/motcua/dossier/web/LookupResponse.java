package vn.motcua.dossier.web;

import java.time.Instant;
import java.util.List;
import vn.motcua.dossier.LookupView;
import vn.motcua.shared.VietnameseFormats;

/**
 * The public answer about a dossier: dates as ISO instants for programs and {@code dd/MM/yyyy} for
 * people, the status with the national code, and the stages without who or why.
 */
record LookupResponse(
    String code,
    Procedure procedure,
    String applicantName,
    Instant receivedAt,
    String receivedDate,
    Instant appointmentAt,
    String appointmentDate,
    DossierResponse.Status status,
    List<StageEntry> stages,
    List<Part> parts) {

  /** A part of an interlinked group: name, agency, status and due date, nothing personal. */
  record Part(
      String name,
      String agency,
      String status,
      String statusLabel,
      Instant dueAt,
      String dueDate) {}

  record Procedure(String code, String name) {}

  record StageEntry(Instant at, String time, DossierResponse.Status status) {}

  static LookupResponse of(LookupView v) {
    return new LookupResponse(
        v.code(),
        new Procedure(v.procedureCode(), v.procedureName()),
        v.maskedApplicantName(),
        v.receivedAt(),
        VietnameseFormats.date(v.receivedAt()),
        v.appointmentAt(),
        VietnameseFormats.date(v.appointmentAt()),
        DossierResponse.Status.of(v.status()),
        v.steps().stream()
            .map(
                s ->
                    new StageEntry(
                        s.at(),
                        VietnameseFormats.dateTime(s.at()),
                        DossierResponse.Status.of(s.status())))
            .toList(),
        v.parts().stream()
            .map(
                p ->
                    new Part(
                        p.name(),
                        p.agencyName(),
                        p.status().name(),
                        p.status().label(),
                        p.dueAt(),
                        p.dueAt() == null ? null : VietnameseFormats.date(p.dueAt())))
            .toList());
  }
}
