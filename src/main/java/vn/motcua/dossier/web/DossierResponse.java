package vn.motcua.dossier.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;

/**
 * A dossier as the API shows it to its owner: statuses carry the national code and the Vietnamese
 * labels.
 */
record DossierResponse(
    String code,
    ProcedureRef procedure,
    int level,
    Coded channel,
    Status status,
    String applicantName,
    String applicantResidence,
    String receivingUnit,
    String resolvingAgency,
    String deliveryMethod,
    String deliveryAddress,
    long feeAmount,
    Map<String, Object> formData,
    Instant submittedAt,
    Instant receivedAt,
    Instant appointmentAt,
    Instant completedAt,
    List<DossierView.Component> components,
    List<Event> timeline,
    List<Part> parts) {

  /**
   * A part of an interlinked group: its procedure, its agency, where it stands, its due date, its
   * result and the reason it was refused or cancelled.
   */
  record Part(
      String key,
      ProcedureRef procedure,
      String agency,
      String agencyName,
      Coded status,
      Instant dueAt,
      List<DossierView.ResultValue> result,
      String reason) {}

  record ProcedureRef(String code, String name, int version) {}

  record Coded(String value, int nationalCode, String label) {}

  record Status(String value, String label, int nationalCode, String nationalLabel) {
    static Status of(DossierStatus s) {
      return new Status(s.name(), s.label(), s.nationalCode(), s.nationalLabel());
    }
  }

  record Event(Instant at, String actor, String actorKind, Status status, String note) {}

  static DossierResponse of(DossierView d) {
    Channel c = d.channel();
    return new DossierResponse(
        d.code(),
        new ProcedureRef(d.procedureCode(), d.procedureName(), d.procedureVersion()),
        d.level(),
        new Coded(c.name(), c.nationalCode(), c.label()),
        Status.of(d.status()),
        d.applicantName(),
        d.applicantResidence(),
        d.receivingUnit(),
        d.resolvingAgency(),
        d.deliveryMethod().name(),
        d.deliveryAddress(),
        d.feeAmount(),
        d.formData(),
        d.submittedAt(),
        d.receivedAt(),
        d.appointmentAt(),
        d.completedAt(),
        d.components(),
        d.applicantTimeline().stream()
            .map(t -> new Event(t.at(), t.actor(), t.actorKind(), Status.of(t.status()), t.note()))
            .toList(),
        d.parts().stream()
            .map(
                p ->
                    new Part(
                        p.key(),
                        new ProcedureRef(p.procedureCode(), p.name(), 0),
                        p.agencyId(),
                        p.agencyName(),
                        new Coded(p.status().name(), 0, p.status().label()),
                        p.dueAt(),
                        p.result(),
                        p.reason()))
            .toList());
  }
}
