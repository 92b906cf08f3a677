package vn.motcua.calendar;

import java.time.LocalDateTime;

/**
 * An interval in which a dossier's clock stood still (waiting for a supplement or a financial
 * obligation). An open pause has no end yet.
 */
public record ClockPause(LocalDateTime start, LocalDateTime end) {

  public boolean isOpen() {
    return end == null;
  }
}
