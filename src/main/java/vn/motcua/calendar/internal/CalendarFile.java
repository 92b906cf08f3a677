package vn.motcua.calendar.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** One year of the calendar as it is kept in {@code calendar/<year>.json}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CalendarFile(int year, List<Entry> daysOff, List<Entry> swappedWorkingDays) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Entry(LocalDate date, String name, String source) {}

  CalendarFile {
    daysOff = daysOff == null ? List.of() : daysOff;
    swappedWorkingDays = swappedWorkingDays == null ? List.of() : swappedWorkingDays;
  }
}
