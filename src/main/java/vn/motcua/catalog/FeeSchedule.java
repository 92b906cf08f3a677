package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * A procedure's fee (phí, lệ phí), as data. The main charge is a rate: the base amount, or the
 * amount for the channel the dossier came through ({@code channels}: 20.000 đồng at the counter,
 * 10.000 đồng online), or a charge by the pages of a document ({@code pages}: tiers per page and a
 * cap per copy). A category chosen in the declaration replaces that rate (a reduction or an
 * exemption), a waiver makes the main charge free (a birth registered within 60 days), and {@code
 * quantity} multiplies it by a number in the declaration (copies, cases). Besides the main charge:
 * {@code copies} charges the copies beyond those included while the main charge is due, and each of
 * {@code extras} is a charge per unit of its own that no waiver or category touches (the copies of
 * an extract asked for with a free registration). Amounts are whole VND.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeeSchedule(
    long baseAmount,
    String description,
    String categoryField,
    List<Category> categories,
    List<Waiver> waivers,
    CopyCharge copies,
    List<ChannelAmount> channels,
    PageCharge pages,
    Quantity quantity,
    List<UnitCharge> extras,
    String legalBasis) {

  /** The channels a dossier comes through: the names of {@code dossier.Channel}. */
  public static final Set<String> CHANNELS = Set.of("COUNTER", "ONLINE", "POST");

  public static final FeeSchedule FREE =
      new FeeSchedule(
          0,
          VietnameseTexts.text("catalog.fee.free"),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);

  public FeeSchedule {
    categories = categories == null ? List.of() : List.copyOf(categories);
    waivers = waivers == null ? List.of() : List.copyOf(waivers);
    channels = channels == null ? List.of() : List.copyOf(channels);
    extras = extras == null ? List.of() : List.copyOf(extras);
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

  /**
   * The main charge's rate for dossiers received through {@code channel} (one of {@link
   * #CHANNELS}), with the label the assessment shows; channels not listed pay the base amount.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ChannelAmount(String channel, long amount, String label) {}

  /**
   * The rate of one copy from the number of pages in {@code field}: each page at the amount of the
   * last tier starting at or before it, the whole copy at most {@code maxPerCopy} (none when null).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PageCharge(String field, List<PageTier> tiers, Long maxPerCopy) {
    public PageCharge {
      tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    long perCopy(long pages) {
      return capped(pages) ? maxPerCopy : uncapped(pages);
    }

    boolean capped(long pages) {
      return maxPerCopy != null && uncapped(pages) > maxPerCopy;
    }

    private long uncapped(long pages) {
      List<PageTier> sorted =
          tiers.stream().sorted(Comparator.comparingInt(PageTier::fromPage)).toList();
      long amount = 0;
      for (int i = 0; i < sorted.size(); i++) {
        long from = sorted.get(i).fromPage();
        long to = i + 1 < sorted.size() ? sorted.get(i + 1).fromPage() - 1 : pages;
        long counted = Math.min(to, pages) - from + 1;
        if (counted > 0) {
          amount += counted * sorted.get(i).amountPerPage();
        }
      }
      return amount;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PageTier(int fromPage, long amountPerPage) {}

  /**
   * The main charge is due once per unit counted in {@code field} ("bản", "trường hợp"); an empty
   * field counts one.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Quantity(String field, String unit) {}

  /**
   * A charge of its own: {@code amountPerUnit} for each unit in {@code field} beyond the {@code
   * included} ones, whatever the main charge is.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record UnitCharge(
      String field, int included, long amountPerUnit, String unit, String label) {}

  public record Line(String label, long amount) {}

  /** The amount due and how it was reached, line by line, for the receipt and the officer. */
  public record Assessment(long total, List<Line> lines) {}

  /**
   * The fee of a declaration submitted on {@code submittedOn} through {@code channel} (one of
   * {@link #CHANNELS}; null pays the base amount).
   */
  public Assessment assess(Map<String, Object> formData, LocalDate submittedOn, String channel) {
    List<Line> lines = new ArrayList<>();
    Line main = mainCharge(formData, submittedOn, channel);
    lines.add(main);
    long total = main.amount();
    if (copies != null && main.amount() > 0) {
      long extra = Math.max(0, count(formData, copies.field(), 0) - copies.included());
      if (extra > 0) {
        lines.add(new Line(copies.label() + " × " + extra, extra * copies.amountPerCopy()));
        total += extra * copies.amountPerCopy();
      }
    }
    for (UnitCharge charge : extras) {
      long units = Math.max(0, count(formData, charge.field(), 0) - charge.included());
      if (units > 0) {
        lines.add(
            new Line(
                VietnameseTexts.text(
                    "catalog.fee.line.perUnit",
                    charge.label(),
                    VietnameseFormats.vnd(charge.amountPerUnit()),
                    String.valueOf(units),
                    charge.unit()),
                units * charge.amountPerUnit()));
        total += units * charge.amountPerUnit();
      }
    }
    return new Assessment(total, List.copyOf(lines));
  }

  private Line mainCharge(Map<String, Object> formData, LocalDate submittedOn, String channel) {
    for (Waiver waiver : waivers) {
      LocalDate date = dateOf(formData.get(waiver.dateField()));
      if (date != null
          && !date.isAfter(submittedOn)
          && ChronoUnit.DAYS.between(date, submittedOn) <= waiver.withinDays()) {
        return new Line(waiver.label(), 0);
      }
    }
    long rate = baseAmount;
    String label = description;
    for (ChannelAmount byChannel : channels) {
      if (byChannel.channel().equals(channel)) {
        rate = byChannel.amount();
        label = byChannel.label() == null ? label : byChannel.label();
      }
    }
    String rateText = VietnameseFormats.vnd(rate);
    if (pages != null) {
      long pageCount = count(formData, pages.field(), 0);
      rate = pages.perCopy(pageCount);
      rateText =
          VietnameseTexts.text(
              pages.capped(pageCount) ? "catalog.fee.pagesCapped" : "catalog.fee.pages",
              String.valueOf(pageCount),
              VietnameseFormats.vnd(rate));
    }
    if (categoryField != null) {
      Object chosen = formData.get(categoryField);
      for (Category category : categories) {
        if (category.value().equals(String.valueOf(chosen))) {
          rate = category.amount();
          label = category.label();
          rateText = VietnameseFormats.vnd(rate);
        }
      }
    }
    if (rate == 0) {
      return new Line(label, 0);
    }
    if (quantity == null) {
      return pages == null
          ? new Line(label, rate)
          : new Line(VietnameseTexts.text("catalog.fee.line.detail", label, rateText), rate);
    }
    long units = Math.max(0, count(formData, quantity.field(), 1));
    return new Line(
        VietnameseTexts.text(
            "catalog.fee.line.perUnit", label, rateText, String.valueOf(units), quantity.unit()),
        rate * units);
  }

  /**
   * Whether the base amount is what a citizen reads as the fee: not when channels or pages set the
   * rate, nor when a category says it again.
   */
  public boolean baseAmountShown() {
    return channels.isEmpty()
        && pages == null
        && categories.stream().noneMatch(c -> c.amount() == baseAmount);
  }

  /** The declaration fields this schedule reads, which the start form must have. */
  public Set<String> fields() {
    Set<String> fields = new LinkedHashSet<>();
    if (categoryField != null) fields.add(categoryField);
    waivers.forEach(w -> fields.add(w.dateField()));
    if (copies != null) fields.add(copies.field());
    if (pages != null) fields.add(pages.field());
    if (quantity != null) fields.add(quantity.field());
    extras.forEach(e -> fields.add(e.field()));
    fields.remove(null);
    return fields;
  }

  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (baseAmount < 0) problems.add("fee.baseAmount must not be negative");
    if (categoryField != null && categories.isEmpty())
      problems.add("fee.categories are needed with fee.categoryField");
    categories.stream()
        .filter(c -> c.amount() < 0)
        .forEach(c -> problems.add("fee category " + c.value() + " is negative"));
    Set<String> seen = new HashSet<>();
    for (ChannelAmount c : channels) {
      if (!CHANNELS.contains(c.channel()))
        problems.add("fee.channels: " + c.channel() + " is not one of " + CHANNELS);
      else if (!seen.add(c.channel()))
        problems.add("fee.channels: " + c.channel() + " is listed twice");
      if (c.amount() < 0) problems.add("fee.channels: " + c.channel() + " is negative");
    }
    if (pages != null) {
      if (isBlank(pages.field())) problems.add("fee.pages.field is missing");
      List<Integer> starts = pages.tiers().stream().map(PageTier::fromPage).toList();
      if (starts.isEmpty() || starts.get(0) != 1)
        problems.add("fee.pages.tiers must start with fromPage 1");
      for (int i = 1; i < starts.size(); i++) {
        if (starts.get(i) <= starts.get(i - 1))
          problems.add("fee.pages.tiers must be in increasing fromPage order");
      }
      if (pages.tiers().stream().anyMatch(t -> t.amountPerPage() < 0))
        problems.add("fee.pages.tiers must not be negative");
      if (pages.maxPerCopy() != null && pages.maxPerCopy() <= 0)
        problems.add("fee.pages.maxPerCopy must be positive");
    }
    if (quantity != null && (isBlank(quantity.field()) || isBlank(quantity.unit())))
      problems.add("fee.quantity needs a field and a unit");
    for (UnitCharge e : extras) {
      if (isBlank(e.field()) || isBlank(e.unit()) || isBlank(e.label()))
        problems.add("fee.extras need a field, a unit and a label");
      if (e.amountPerUnit() < 0 || e.included() < 0)
        problems.add("fee.extras must not be negative");
    }
    return problems;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static LocalDate dateOf(Object value) {
    if (value == null) return null;
    try {
      return LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The whole number in {@code field}, or {@code ifEmpty} when it holds none. */
  private static long count(Map<String, Object> formData, String field, long ifEmpty) {
    Object value = formData.get(field);
    if (value instanceof Number n) return n.longValue();
    try {
      return value == null || value.toString().isBlank()
          ? ifEmpty
          : Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      return ifEmpty;
    }
  }
}
