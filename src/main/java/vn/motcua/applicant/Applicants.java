package vn.motcua.applicant;

import java.util.Optional;

/** Applicant accounts. */
public interface Applicants {

  Optional<ApplicantProfile> find(String username);

  /** Creates the account unless it exists; the password is hashed here. Used by seeders and, later, registration. */
  ApplicantProfile register(ApplicantProfile profile, String rawPassword);
}
