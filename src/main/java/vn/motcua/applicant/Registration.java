package vn.motcua.applicant;

import java.time.LocalDate;

/**
 * A self-registration as typed on the portal. An individual gives a citizen ID and a date of birth
 * and signs in with the ID; an organisation gives its tax code and representative and signs in with
 * the tax code. The activation code goes to {@code channel}.
 */
public record Registration(
    String kind,
    String fullName,
    String citizenId,
    LocalDate dateOfBirth,
    String taxCode,
    String representative,
    String phone,
    String email,
    String address,
    String password,
    String passwordConfirmation,
    ContactChannel channel) {}
