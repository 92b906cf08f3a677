package vn.motcua.catalog;

import java.time.Year;
import java.util.Optional;
import java.util.Set;

/**
 * Checks of the identity numbers and phone numbers citizens type, each answering the message code
 * of what is wrong. Citizen ID (số định danh cá nhân, CCCD): 12 digits; digits 1–3 the province of
 * birth registration, digit 4 century and sex, digits 5–6 the year of birth.
 */
public final class CitizenNumbers {

  /**
   * Province codes of the personal identification number (the 63 provinces before the 2025
   * mergers).
   */
  private static final Set<String> PROVINCES =
      Set.of(
          "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
          "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
          "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
          "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
          "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

  private CitizenNumbers() {}

  /**
   * Empty when {@code value} is a well-formed citizen ID, else the message code of the first
   * problem.
   */
  public static Optional<String> citizenIdProblem(String value, Year thisYear) {
    if (value == null || !value.matches("\\d{12}")) {
      return Optional.of("citizenId.format");
    }
    if (!PROVINCES.contains(value.substring(0, 3))) {
      return Optional.of("citizenId.province");
    }
    if (birthYear(value) > thisYear.getValue()) {
      return Optional.of("citizenId.birthYear");
    }
    return Optional.empty();
  }

  /**
   * The year of birth a well-formed citizen ID encodes: digit 4 the century (0–1: 1900s, 2–3:
   * 2000s…), digits 5–6 the year.
   */
  public static int birthYear(String citizenId) {
    int centuryDigit = citizenId.charAt(3) - '0';
    return 1900 + (centuryDigit / 2) * 100 + Integer.parseInt(citizenId.substring(4, 6));
  }

  /** A Vietnamese mobile number: 10 digits starting with 03, 05, 07, 08 or 09. */
  public static Optional<String> phoneProblem(String value) {
    return value != null && value.matches("0[35789]\\d{8}")
        ? Optional.empty()
        : Optional.of("phone.format");
  }
}
