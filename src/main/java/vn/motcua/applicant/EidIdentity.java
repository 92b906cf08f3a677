package vn.motcua.applicant;

import java.time.LocalDate;

/**
 * Who the national e-ID provider (VNeID through the national portal's OpenID Connect sign-on) says
 * has just signed in: its subject, and the claims read from the ID token and user info. Only the
 * citizen ID and the name are needed; the rest may be null.
 */
public record EidIdentity(
    String subject,
    String citizenId,
    String fullName,
    LocalDate dateOfBirth,
    String phone,
    String email) {}
