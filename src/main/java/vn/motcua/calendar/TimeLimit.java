package vn.motcua.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A procedure's time limit: a number of working days, or "within the day" (zero working days) with
 * a cut-off after which the next working day applies ("received after 15:00, the next working
 * day"). A number of working days may have a cut-off too: received after it, the days count from
 * the next working day.
 */
public record TimeLimit(int workingDays, LocalTime sameDayCutoff) {

  public TimeLimit {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative");
    }
    if (workingDays == 0) {
      Objects.requireNonNull(sameDayCutoff, "a same-day limit needs its cut-off");
    }
  }

  public static TimeLimit workingDays(int days) {
    return new TimeLimit(days, null);
  }

  public static TimeLimit sameDay(LocalTime cutoff) {
    return new TimeLimit(0, cutoff);
  }

  public boolean isSameDay() {
    return workingDays == 0;
  }
}
