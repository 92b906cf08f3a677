package vn.motcua.dossier;

import java.util.List;

/**
 * The public look-up (no sign-in): by dossier code, or by citizen ID after a one-time code sent by
 * SMS to the phone on file. Dossier codes are guessable (date + daily sequence), so what it answers
 * is masked: the applicant's name as {@code Nguyễn V** A*}, no ID number, no actors, no notes.
 */
public interface PublicLookup {

  /**
   * @throws DossierNotFoundException for an unknown code, malformed or not, after the same work as
   *     a hit
   */
  LookupView byCode(String code);

  /**
   * Sends a one-time code to the phone on file for that citizen ID and answers the request to quote
   * with it. When no dossier carries the ID nothing is sent, but the answer looks the same.
   *
   * @throws InvalidSubmissionException when the citizen ID is not a well-formed one
   */
  LookupCodeRequest requestCode(String citizenId);

  /**
   * The citizen's dossiers, newest first, once: the code is single use.
   *
   * @throws LookupCodeRejectedException for a missing, wrong, expired, used or exhausted code
   */
  List<LookupView> byCitizenId(String requestId, String code);
}
