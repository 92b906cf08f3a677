package vn.motcua.delivery.internal;

import java.time.Instant;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;

/**
 * What the electronic result of a dossier is made from: the dossier and procedure, the applicant
 * (their account receives the document, their address the mail), the resolving agency and when it
 * decided.
 */
record ElectronicResult(
    String dossierCode,
    String procedureCode,
    String procedureName,
    String applicantName,
    String applicantAccount,
    String applicantEmail,
    String resolvingAgency,
    Instant decidedAt) {

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
        dossier.reachedAt(DossierStatus.RESULT_READY));
  }
}
