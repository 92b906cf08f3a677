package vn.motcua.paper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.dossier.DossierView;

/**
 * The official slips of a dossier (Circular 03/2025/TT-VPCP, Appendix I) as PDF, in Vietnamese,
 * under the heading of the agency that issues them, with the QR code of the dossier's public
 * look-up. Rendered from the dossier's record when asked, so a slip always says what the timeline
 * says (docs/slips.md).
 */
public interface Slips {

  /** A rendered slip: its kind, the file name it is downloaded and attached under, the PDF. */
  record Slip(SlipKind kind, String fileName, byte[] pdf) {}

  /**
   * The slip of that kind once the dossier has reached its step (01 once received, 02, 03, 05 once
   * supplement asked, refused, stopped: the latest such entry), 04 once an apology was approved
   * (the latest), 06 at any time; empty before.
   *
   * @throws vn.motcua.dossier.DossierNotFoundException for an unknown code
   */
  Optional<Slip> issued(String dossierCode, SlipKind kind);

  /**
   * The slip a status change issued, as of that change (the supplement asked then, not a later
   * one); empty for a change that issues none.
   */
  Optional<Slip> issuedBy(String dossierCode, String changeId);

  /**
   * Template 04: the apology for a dossier that will miss its appointment, with the new appointment
   * and the reason for the delay.
   *
   * @throws IllegalArgumentException when the new appointment is not after the current one or the
   *     reason is blank
   */
  Slip apology(String dossierCode, LocalDate newAppointment, String reason);

  /** Template 04 as drafted and not yet approved: what the leader is asked to sign. */
  Optional<Slip> apologyDraft(String dossierCode);

  /** The slips a dossier's applicant may download now: 01, 02, 03, 04, 05 as reached. */
  List<SlipKind> issuedToApplicant(DossierView dossier);
}
