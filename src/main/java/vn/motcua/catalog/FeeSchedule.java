package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.shared.VietnameseTexts;

/**
 * A procedure's fee (phí, lệ phí): a base amount, optional categories that reduce or exempt it
 * (chosen by a field of the declaration), waivers that make it free (for example a birth registered
 * within 60 days), and a charge per copy beyond those included. Amounts are whole VND.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeeSchedule(
    long baseAmount,
    String description,
    String categoryField,
    List<Category> categories,
    List<Waiver> waivers,
    CopyCharge copies,
    String legalBasis) {

  public static final FeeSchedule FREE =
      new FeeSchedule(0, VietnameseTexts.text("catalog.fee.free"), null, null, null, null, null);

  public FeeSchedule {
    categories = categories == null ? List.of() : List.copyOf(categories);
    waivers = waivers == null ? List.of() : List.copyOf(waivers);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Category(String value, String label, long amount) {}

  /**
   * Free when the date in {@code dateField} lies at most {@code withinDays} days before the
   * submission.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Waiver(String dateField, int withinDays, String label) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CopyCharge(String field, int included, long amountPerCopy, String label) {}

  public record Line(String label, long amount) {}

  /** The amount due and how it was reached, line by line, for the receipt and the officer. */
  public record Assessment(long total, List<Line> lines) {}

  public Assessment assess(Map<String, Object> formData, LocalDate submittedOn) {
    List<Line> lines = new ArrayList<>();
    for (Waiver waiver : waivers) {
      LocalDate date = dateOf(formData.get(waiver.dateField()));
      if (date != null
          && !date.isAfter(submittedOn)
          && ChronoUnit.DAYS.between(date, submittedOn) <= waiver.withinDays()) {
        lines.add(new Line(waiver.label(), 0));
        return new Assessment(0, lines);
      }
    }
    long amount = baseAmount;
    String label = description;
    if (categoryField != null) {
      Object chosen = formData.get(categoryField);
      for (Category category : categories) {
        if (category.value().equals(String.valueOf(chosen))) {
          amount = category.amount();
          label = category.label();
        }
      }
    }
    lines.add(new Line(label, amount));
    long total = amount;
    if (copies != null && amount > 0) {
      long extra = Math.max(0, numberOf(formData.get(copies.field())) - copies.included());
      if (extra > 0) {
        lines.add(new Line(copies.label() + " × " + extra, extra * copies.amountPerCopy()));
        total += extra * copies.amountPerCopy();
      }
    }
    return new Assessment(total, lines);
  }

  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (baseAmount < 0) problems.add("fee.baseAmount must not be negative");
    if (categoryField != null && categories.isEmpty())
      problems.add("fee.categories are needed with fee.categoryField");
    categories.stream()
        .filter(c -> c.amount() < 0)
        .forEach(c -> problems.add("fee category " + c.value() + " is negative"));
    return problems;
  }

  private static LocalDate dateOf(Object value) {
    if (value == null) return null;
    try {
      return LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static long numberOf(Object value) {
    if (value instanceof Number n) return n.longValue();
    try {
      return value == null ? 0 : Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
