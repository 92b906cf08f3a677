package vn.motcua.applicant;

import java.time.LocalDate;

/**
 * What an applicant's account knows of them; copied onto each dossier at submission. An individual
 * ({@code kind} INDIVIDUAL) has a citizen ID and a date of birth; an organisation (ORGANISATION)
 * has a tax code and a legal representative, and its name is {@code fullName}.
 */
public record ApplicantProfile(
    String username,
    String kind,
    String fullName,
    String citizenId,
    String phone,
    String email,
    String address,
    LocalDate dateOfBirth,
    String taxCode,
    String representative) {

  public static final String INDIVIDUAL = "INDIVIDUAL";
  public static final String ORGANISATION = "ORGANISATION";

  /** An individual's profile. */
  public static ApplicantProfile individual(
      String username,
      String fullName,
      String citizenId,
      LocalDate dateOfBirth,
      String phone,
      String email,
      String address) {
    return new ApplicantProfile(
        username, INDIVIDUAL, fullName, citizenId, phone, email, address, dateOfBirth, null, null);
  }

  public boolean isOrganisation() {
    return ORGANISATION.equals(kind);
  }
}
