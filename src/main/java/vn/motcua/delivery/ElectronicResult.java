package vn.motcua.delivery;

import java.time.Instant;

/**
 * What the electronic result of a dossier is made from: the dossier and procedure, the applicant
 * (their account receives the document, their address the mail), the resolving agency and when it
 * decided.
 */
public record ElectronicResult(
    String dossierCode,
    String procedureCode,
    String procedureName,
    String applicantName,
    String applicantAccount,
    String applicantEmail,
    String resolvingAgency,
    Instant decidedAt) {}
