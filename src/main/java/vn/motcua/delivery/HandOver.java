package vn.motcua.delivery;

import java.time.LocalDate;

/**
 * Who receives a result at the counter, as the one-stop officer records it: the applicant in
 * person, or a representative with the authorisation (văn bản ủy quyền) they bring. The ID number
 * is checked against the applicant's on the dossier, or recorded for a representative; the timeline
 * keeps it masked.
 *
 * @param kind {@link #APPLICANT} or {@link #REPRESENTATIVE}; null for an older form that asked only
 *     for the name
 * @param name the recipient's full name
 * @param idNumber the recipient's citizen ID number (CCCD), as typed from the card
 * @param authorisationNumber the authorisation's number, for a representative
 * @param authorisationDate the authorisation's date, for a representative
 * @param authorisationChecked that the officer saw the original authorisation and kept its copy
 */
public record HandOver(
    String kind,
    String name,
    String idNumber,
    String authorisationNumber,
    LocalDate authorisationDate,
    boolean authorisationChecked) {

  public static final String APPLICANT = "applicant";
  public static final String REPRESENTATIVE = "representative";

  /** An older task's hand-over, which named the recipient only. */
  public static HandOver named(String name) {
    return new HandOver(null, name, null, null, null, false);
  }

  public boolean byRepresentative() {
    return REPRESENTATIVE.equals(kind);
  }
}
