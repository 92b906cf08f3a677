package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a registrar accepts in a field, beyond its length: no control characters (a NUL, a line
 * break in a one-line field) and none of the bidirectional controls that make a name read as
 * something else; names with what a Vietnamese civil-status record holds; dates of birth that can
 * be true. Each answer is a message code ({@code form.*}) for the field's label.
 */
public final class TextRules {

  /** The first day a date of birth may be. */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private static final String BIDI_CONTROLS = "\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069";
  private static final Pattern NOT_ONE_LINE = Pattern.compile("[\\p{Cc}" + BIDI_CONTROLS + "]");
  private static final Pattern NOT_MULTI_LINE =
      Pattern.compile("[[\\p{Cc}&&[^\\n\\r\\t]]" + BIDI_CONTROLS + "]");

  /**
   * Letters with their diacritics (composed or not), spaces, and the marks ' - . of names such as
   * "H'Hen Niê".
   */
  private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '\\-.]*");

  private TextRules() {}

  public static Optional<String> oneLineProblem(String text) {
    return NOT_ONE_LINE.matcher(text).find()
        ? Optional.of("form.controlCharacters")
        : Optional.empty();
  }

  /** Line breaks and tabs are what a multi-line field is for; other control characters are not. */
  public static Optional<String> multiLineProblem(String text) {
    return NOT_MULTI_LINE.matcher(text).find()
        ? Optional.of("form.controlCharacters")
        : Optional.empty();
  }

  public static Optional<String> personNameProblem(String text) {
    Optional<String> oneLine = oneLineProblem(text);
    if (oneLine.isPresent()) {
      return oneLine;
    }
    return PERSON_NAME.matcher(text.strip()).matches()
        ? Optional.empty()
        : Optional.of("form.personName");
  }

  /** Not after {@code today}, not before 1900. */
  public static Optional<String> birthDateProblem(LocalDate date, LocalDate today) {
    if (date.isAfter(today)) {
      return Optional.of("form.futureDate");
    }
    return date.isBefore(EARLIEST_BIRTH) ? Optional.of("form.tooEarly") : Optional.empty();
  }
}
