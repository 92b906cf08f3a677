package vn.motcua.calendar;

import java.time.LocalDate;

/** A weekday on which state offices are closed, with the name the calendar gives it. */
public record DayOff(LocalDate date, String name) {}
