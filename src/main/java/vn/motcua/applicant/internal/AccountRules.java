package vn.motcua.applicant.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.ContactChannel;
import vn.motcua.applicant.ProfileChange;
import vn.motcua.applicant.Registration;
import vn.motcua.catalog.CitizenNumbers;
import vn.motcua.catalog.FieldError;
import vn.motcua.catalog.TextRules;
import vn.motcua.shared.VietnameseTexts;

/**
 * What a registration or a profile edit must satisfy, field by field, with the message codes of the
 * bundles. Labels are the Vietnamese defaults; the portal shows its own from {@code
 * account.field.*}.
 */
final class AccountRules {

  /** A tax code: 10 digits, or 13 for a branch written {@code 0101234567-001}. */
  static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");

  static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  static final int MIN_PASSWORD = 8;

  /** bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
  static final int MAX_PASSWORD_BYTES = 72;

  private AccountRules() {}

  static List<FieldError> check(Registration r, Year thisYear, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    boolean organisation = ApplicantProfile.ORGANISATION.equals(r.kind());
    if (!organisation && !ApplicantProfile.INDIVIDUAL.equals(r.kind())) {
      errors.add(FieldError.of("kind", VietnameseTexts.text("label.kind"), "form.required"));
    }
    name(errors, organisation, r.fullName());
    if (organisation) {
      if (blank(r.taxCode())) {
        errors.add(
            FieldError.of("taxCode", VietnameseTexts.text("label.taxCode"), "form.required"));
      } else if (!TAX_CODE.matcher(r.taxCode().strip()).matches()) {
        errors.add(
            FieldError.of(
                "taxCode", VietnameseTexts.text("label.taxCode"), "account.taxCode.format"));
      }
      text(
          errors,
          "representative",
          VietnameseTexts.text("label.representative"),
          r.representative(),
          255);
      personName(
          errors,
          "representative",
          VietnameseTexts.text("label.representative"),
          r.representative());
    } else {
      identity(errors, r.citizenId(), r.dateOfBirth(), thisYear, today);
    }
    contact(errors, r.phone(), r.email(), r.channel() == ContactChannel.EMAIL);
    text(errors, "address", VietnameseTexts.text("label.address"), r.address(), 500);
    errors.addAll(password("password", r.password(), r.passwordConfirmation()));
    if (r.channel() == null) {
      errors.add(FieldError.of("channel", VietnameseTexts.text("label.channel"), "form.required"));
    }
    return errors;
  }

  static List<FieldError> check(
      ProfileChange c, boolean organisation, Year thisYear, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    name(errors, organisation, c.fullName());
    if (organisation) {
      text(
          errors,
          "representative",
          VietnameseTexts.text("label.representative"),
          c.representative(),
          255);
      personName(
          errors,
          "representative",
          VietnameseTexts.text("label.representative"),
          c.representative());
    } else {
      identity(errors, c.citizenId(), c.dateOfBirth(), thisYear, today);
    }
    contact(errors, c.phone(), c.email(), false);
    text(errors, "address", VietnameseTexts.text("label.address"), c.address(), 500);
    return errors;
  }

  static List<FieldError> password(String field, String password, String confirmation) {
    List<FieldError> errors = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      errors.add(FieldError.of(field, VietnameseTexts.text("label.password"), "form.required"));
    } else if (password.length() < MIN_PASSWORD
        || !password.chars().anyMatch(Character::isLetter)
        || !password.chars().anyMatch(Character::isDigit)) {
      errors.add(
          FieldError.of(
              field,
              VietnameseTexts.text("label.password"),
              "account.password.weak",
              MIN_PASSWORD));
    } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      errors.add(
          FieldError.of(field, VietnameseTexts.text("label.password"), "account.password.long"));
    } else if (!password.equals(confirmation)) {
      errors.add(
          FieldError.of(
              field + "Confirmation",
              VietnameseTexts.text("label.passwordConfirmation"),
              "account.password.mismatch"));
    }
    return errors;
  }

  /**
   * Citizen ID and date of birth, and that they agree: digits 5–6 of the ID are the last two digits
   * of the year of birth and digit 4 its century, so a typo in either shows.
   */
  private static void identity(
      List<FieldError> errors,
      String citizenId,
      LocalDate dateOfBirth,
      Year thisYear,
      LocalDate today) {
    String id = citizenId == null ? null : citizenId.strip();
    var idProblem =
        blank(id) ? Optional.of("form.required") : CitizenNumbers.citizenIdProblem(id, thisYear);
    idProblem.ifPresent(
        code ->
            errors.add(FieldError.of("citizenId", VietnameseTexts.text("label.citizenId"), code)));
    if (dateOfBirth == null) {
      errors.add(
          FieldError.of("dateOfBirth", VietnameseTexts.text("label.dateOfBirth"), "form.required"));
    } else if (TextRules.birthDateProblem(dateOfBirth, today).isPresent()) {
      errors.add(
          FieldError.of(
              "dateOfBirth",
              VietnameseTexts.text("label.dateOfBirth"),
              TextRules.birthDateProblem(dateOfBirth, today).get()));
    } else if (idProblem.isEmpty() && CitizenNumbers.birthYear(id) != dateOfBirth.getYear()) {
      errors.add(
          FieldError.of(
              "dateOfBirth",
              VietnameseTexts.text("label.dateOfBirth"),
              "account.dateOfBirth.mismatch",
              CitizenNumbers.birthYear(id)));
    }
  }

  private static void contact(
      List<FieldError> errors, String phone, String email, boolean emailRequired) {
    if (blank(phone)) {
      errors.add(FieldError.of("phone", VietnameseTexts.text("label.phone"), "form.required"));
    } else {
      CitizenNumbers.phoneProblem(phone.strip())
          .ifPresent(
              code ->
                  errors.add(FieldError.of("phone", VietnameseTexts.text("label.phone"), code)));
    }
    if (blank(email)) {
      if (emailRequired) {
        errors.add(FieldError.of("email", VietnameseTexts.text("label.email"), "form.required"));
      }
    } else if (email.strip().length() > 255 || !EMAIL.matcher(email.strip()).matches()) {
      errors.add(FieldError.of("email", VietnameseTexts.text("label.email"), "form.email"));
    }
  }

  /**
   * A one-line field: required, at most {@code max} characters, no control or text-direction
   * characters.
   */
  private static void text(
      List<FieldError> errors, String field, String label, String value, int max) {
    if (blank(value)) {
      errors.add(FieldError.of(field, label, "form.required"));
    } else if (value.strip().length() > max) {
      errors.add(FieldError.of(field, label, "form.maxLength", max));
    } else {
      TextRules.oneLineProblem(value)
          .ifPresent(code -> errors.add(FieldError.of(field, label, code)));
    }
  }

  /** A person's name as a civil-status record holds it; an organisation's name is any one line. */
  private static void name(List<FieldError> errors, boolean organisation, String value) {
    String label =
        organisation
            ? VietnameseTexts.text("label.organisationName")
            : VietnameseTexts.text("label.fullName");
    text(errors, "fullName", label, value, 255);
    if (!organisation) {
      personName(errors, "fullName", label, value);
    }
  }

  private static void personName(
      List<FieldError> errors, String field, String label, String value) {
    if (!blank(value)
        && TextRules.oneLineProblem(value).isEmpty()
        && value.strip().length() <= 255) {
      TextRules.personNameProblem(value)
          .ifPresent(code -> errors.add(FieldError.of(field, label, code)));
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String strip(String s) {
    return blank(s) ? null : s.strip();
  }
}
