package vn.motcua.applicant;

import java.time.LocalDate;

/** An edit of one's own profile. A change of name, citizen ID or date of birth is audited. */
public record ProfileChange(
    String fullName,
    String citizenId,
    LocalDate dateOfBirth,
    String representative,
    String phone,
    String email,
    String address) {}
