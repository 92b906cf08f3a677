package vn.motcua.portal.web;

import java.time.Instant;
import vn.motcua.dossier.ServiceRating;
import vn.motcua.shared.VietnameseFormats;

/**
 * {@link VietnameseFormats} for the templates, as {@code ${fmt.date(...)}}: a model attribute
 * rather than a {@code T(...)} type reference, which Thymeleaf resolves through a class loader that
 * an earlier, closed application context may have left behind (it fails in the test suite's later
 * contexts).
 */
public final class Formats {

  static final Formats INSTANCE = new Formats();

  private Formats() {}

  public String date(Instant instant) {
    return VietnameseFormats.date(instant);
  }

  public String dateTime(Instant instant) {
    return instant == null ? null : VietnameseFormats.dateTime(instant);
  }

  /** {@code 26/11/2026 09:15}. */
  public String dateAndTime(Instant instant) {
    return VietnameseFormats.dateAndTime(instant);
  }

  public String vnd(long amount) {
    return VietnameseFormats.vnd(amount);
  }

  /** The rating's criteria and levels, in order. */
  public ServiceRating.Criterion[] ratingCriteria() {
    return ServiceRating.Criterion.values();
  }

  public ServiceRating.Level[] ratingLevels() {
    return ServiceRating.Level.values();
  }
}
