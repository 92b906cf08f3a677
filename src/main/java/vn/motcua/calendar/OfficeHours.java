package vn.motcua.calendar;

import java.time.LocalTime;

/** The hours in which a one-stop desk receives dossiers; configuration, not law. */
public record OfficeHours(LocalTime opening, LocalTime closing) {

  public OfficeHours {
    if (!opening.isBefore(closing)) {
      throw new IllegalArgumentException("opening must be before closing");
    }
  }

  public boolean contains(LocalTime time) {
    return !time.isBefore(opening) && time.isBefore(closing);
  }
}
