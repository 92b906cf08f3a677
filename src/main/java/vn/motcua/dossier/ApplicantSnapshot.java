package vn.motcua.dossier;

import vn.motcua.applicant.ApplicantProfile;

/**
 * The applicant as the dossier records them at submission: the account, the person, and the
 * residence (nơi cư trú), which is independent of where the dossier is received or resolved.
 */
public record ApplicantSnapshot(
    String account,
    String fullName,
    String citizenId,
    String phone,
    String email,
    String residence) {

  /** What the account says of the applicant now; the residence is the account's address. */
  public static ApplicantSnapshot of(ApplicantProfile profile) {
    return new ApplicantSnapshot(
        profile.username(),
        profile.fullName(),
        profile.citizenId(),
        profile.phone(),
        profile.email(),
        profile.address());
  }
}
