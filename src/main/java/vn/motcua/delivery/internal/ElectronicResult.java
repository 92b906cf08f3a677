package vn.motcua.delivery.internal;

import java.time.Instant;
import java.util.List;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.paper.ResultPapers;

/**
 * What the electronic result of a dossier is made from: the dossier and procedure, the applicant
 * (their account receives the document, their address the mail), the resolving agency and when it
 * decided; for an interlinked group, each part's outcome.
 */
record ElectronicResult(
    String dossierCode,
    String procedureCode,
    String procedureName,
    String applicantName,
    String applicantAccount,
    String applicantEmail,
    String resolvingAgency,
    Instant decidedAt,
    List<ResultPapers.PartOutcome> parts) {

  /** The result of a dossier as it stands: decided when the dossier's result became ready. */
  static ElectronicResult of(DossierView dossier) {
    return new ElectronicResult(
        dossier.code(),
        dossier.procedureCode(),
        dossier.procedureName(),
        dossier.applicantName(),
        dossier.applicantAccount(),
        dossier.applicantEmail(),
        dossier.resolvingAgency(),
        dossier.reachedAt(DossierStatus.RESULT_READY),
        dossier.parts().stream().map(ElectronicResult::outcome).toList());
  }

  /** An interlinked group's part as the paper states it: done with its values, or why not. */
  private static ResultPapers.PartOutcome outcome(DossierView.Part part) {
    String detail =
        part.result().isEmpty()
            ? (part.reason() == null ? "" : part.reason())
            : String.join(
                "; ", part.result().stream().map(r -> r.label() + ": " + r.value()).toList());
    return new ResultPapers.PartOutcome(
        part.name(), part.agencyName(), part.status().label(), detail);
  }
}
