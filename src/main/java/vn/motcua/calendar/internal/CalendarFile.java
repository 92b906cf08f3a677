package vn.motcua.calendar.internal;

import java.time.LocalDate;
import java.util.List;

/** One year of the calendar as it is kept in {@code calendar/<year>.json}. */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
record CalendarFile(int year, List<Entry> daysOff, List<Entry> swappedWorkingDays) {

  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
  record Entry(LocalDate date, String name, String source) {}

  CalendarFile {
    daysOff = daysOff == null ? List.of() : daysOff;
    swappedWorkingDays = swappedWorkingDays == null ? List.of() : swappedWorkingDays;
  }
}
