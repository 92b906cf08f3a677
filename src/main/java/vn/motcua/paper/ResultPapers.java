package vn.motcua.paper;

import java.time.Instant;
import java.util.List;

/**
 * Renders the papers of a dossier an applicant downloads, as PDF: its result, and the receipt of
 * its fee.
 */
public interface ResultPapers {

  /**
   * What the result document states: the dossier, the procedure, the applicant, who decided and
   * when.
   */
  record ResultFacts(
      String dossierCode,
      String procedureCode,
      String procedureName,
      String applicantName,
      String agencyName,
      Instant decidedAt,
      String lookupUrl,
      List<PartOutcome> parts) {

    public ResultFacts {
      parts = parts == null ? List.of() : List.copyOf(parts);
    }
  }

  /**
   * A part of an interlinked group on its result paper: the part's procedure, the agency that
   * worked it, its status, and its values (or the reason it was not done).
   */
  record PartOutcome(String name, String agencyName, String status, String detail) {}

  byte[] render(ResultFacts facts);

  /**
   * What a fee receipt states: the dossier, the payer, the amount, how and when it was paid, and
   * its reference.
   */
  record ReceiptFacts(
      String dossierCode,
      String procedureName,
      String payerName,
      long amount,
      String channel,
      String reference,
      Instant paidAt,
      String lookupUrl) {}

  /** The receipt of a dossier's fee (biên lai thu phí, lệ phí), as PDF. */
  byte[] receipt(ReceiptFacts facts);
}
