package vn.motcua.paper;

import java.time.Instant;

/** Renders the document of a dossier's result, as PDF. */
public interface ResultPapers {

  /** What the result document states: the dossier, the procedure, the applicant, who decided and when. */
  record ResultFacts(String dossierCode, String procedureCode, String procedureName, String applicantName, String agencyName,
                     Instant decidedAt, String lookupUrl) {}

  byte[] render(ResultFacts facts);
}
