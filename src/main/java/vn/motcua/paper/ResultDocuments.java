package vn.motcua.paper;

import java.time.Instant;
import java.util.Optional;

/**
 * The document a procedure issues, rendered from the template that travels with its files: a
 * preview for the leader before approval, frozen at approval, and issued exactly as frozen.
 */
public interface ResultDocuments {

  /** A result as approved: its title, the PDF and its SHA-256, who approved it and when. */
  record Issued(String title, byte[] pdf, String sha256, String approvedBy, Instant approvedAt) {}

  /**
   * What the leader approves: the frozen result once approved, else the result rendered from the
   * dossier's current data with {@code leaderAccount} as the approving leader; empty when the
   * dossier's procedure has no result template.
   */
  Optional<byte[]> preview(String dossierCode, String leaderAccount);

  /** The result frozen at approval, if the dossier's procedure has a template and was approved. */
  Optional<Issued> issued(String dossierCode);
}
