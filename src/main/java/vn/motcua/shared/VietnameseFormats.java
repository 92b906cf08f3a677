package vn.motcua.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How dates and money read on Vietnamese slips: dd/MM/yyyy, and VND with dot separators. */
public final class VietnameseFormats {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(VIETNAM);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);
  private static final DateTimeFormatter DATE_AND_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

  private VietnameseFormats() {}

  /** {@code 17:00 ngày 30/11/2026}. */
  public static String dateTime(Instant instant) {
    return DATE_TIME.format(instant);
  }

  /** {@code 30/11/2026}, the day in Vietnam; null for null. */
  public static String date(Instant instant) {
    return instant == null ? null : DATE.format(instant);
  }

  /** {@code 30/11/2026}; null for null. */
  public static String day(LocalDate day) {
    return day == null ? null : DATE.format(day);
  }

  /**
   * {@code 30/11/2026 17:00}, in Vietnam, with no words around it (timelines, any language); null
   * for null.
   */
  public static String dateAndTime(Instant instant) {
    return instant == null ? null : DATE_AND_TIME.format(instant);
  }

  /** {@code 205.000 đồng}. */
  public static String vnd(long amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    return new DecimalFormat("#,##0", symbols).format(amount) + " đồng";
  }
}
