package vn.motcua.applicant;

/** What an applicant's account knows of them; copied onto each dossier at submission. */
public record ApplicantProfile(String username, String kind, String fullName, String citizenId, String phone,
                               String email, String address) {}
