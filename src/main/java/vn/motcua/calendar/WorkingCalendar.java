package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working days of state offices: Monday to Friday, minus the announced days off, plus any
 * weekend day the government swaps into a working day ("ngày làm bù"). Immutable; the days come
 * from the yearly calendar files.
 */
public final class WorkingCalendar {

  private final Map<LocalDate, DayOff> daysOff;
  private final Set<LocalDate> swappedWorkingDays;
  private final OfficeHours officeHours;

  public WorkingCalendar(
      Collection<DayOff> daysOff, Set<LocalDate> swappedWorkingDays, OfficeHours officeHours) {
    this.daysOff = new TreeMap<>();
    daysOff.forEach(day -> this.daysOff.put(day.date(), day));
    this.swappedWorkingDays = Set.copyOf(swappedWorkingDays);
    this.officeHours = officeHours;
  }

  public OfficeHours officeHours() {
    return officeHours;
  }

  public boolean isWorkingDay(LocalDate date) {
    if (swappedWorkingDays.contains(date)) {
      return true;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !daysOff.containsKey(date);
  }

  public Optional<DayOff> dayOff(LocalDate date) {
    return Optional.ofNullable(daysOff.get(date));
  }

  /** The first working day strictly after {@code date}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    LocalDate next = date.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** {@code date} moved forward by {@code days} working days; zero leaves it as it is. */
  public LocalDate addWorkingDays(LocalDate date, int days) {
    LocalDate result = date;
    for (int i = 0; i < days; i++) {
      result = nextWorkingDay(result);
    }
    return result;
  }

  /**
   * Working days in [from, to): the days a clock that stopped at {@code from} and restarted at
   * {@code to} lost.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * When a dossier counts as received: at once during office hours of a working day, otherwise at
   * the opening of the next working day (an online dossier sent at night or on a holiday).
   */
  public LocalDateTime validReceptionTime(LocalDateTime submittedAt) {
    LocalDate day = submittedAt.toLocalDate();
    if (isWorkingDay(day)) {
      if (submittedAt.toLocalTime().isBefore(officeHours.opening())) {
        return day.atTime(officeHours.opening());
      }
      if (officeHours.contains(submittedAt.toLocalTime())) {
        return submittedAt;
      }
    }
    return nextWorkingDay(day).atTime(officeHours.opening());
  }

  /**
   * The appointment date (ngày hẹn trả): the end of office hours on the day the time limit ends,
   * counted from the valid reception and moved on by the working days the clock stood still. An
   * open pause counts as if it ended {@code now}.
   */
  public LocalDateTime appointment(
      LocalDateTime receivedAt, TimeLimit limit, Collection<ClockPause> pauses, LocalDateTime now) {
    LocalDateTime start = validReceptionTime(receivedAt);
    LocalDate due;
    if (limit.isSameDay()) {
      due =
          start.toLocalTime().isBefore(limit.sameDayCutoff())
              ? start.toLocalDate()
              : nextWorkingDay(start.toLocalDate());
    } else {
      // with a cut-off, a dossier received after it counts from the next working day (Decree
      // 63/2024's interlinked groups: 3 working days, counted so)
      LocalDate from =
          limit.sameDayCutoff() != null && !start.toLocalTime().isBefore(limit.sameDayCutoff())
              ? nextWorkingDay(start.toLocalDate())
              : start.toLocalDate();
      due = addWorkingDays(from, limit.workingDays());
    }
    return addWorkingDays(due, pausedWorkingDays(pauses, now)).atTime(officeHours.closing());
  }

  /**
   * Minutes of office hours on working days between {@code from} and {@code to}: the working time a
   * stage has, which its share of the time limit divides. Zero when {@code to} is not after {@code
   * from}.
   */
  public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
    long minutes = 0;
    for (LocalDate day = from.toLocalDate();
        !day.isAfter(to.toLocalDate());
        day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      LocalDateTime open = later(day.atTime(officeHours.opening()), from);
      LocalDateTime close = earlier(day.atTime(officeHours.closing()), to);
      if (close.isAfter(open)) {
        minutes += Duration.between(open, close).toMinutes();
      }
    }
    return minutes;
  }

  /**
   * The moment {@code minutes} of office hours on working days after {@code from}; a start outside
   * office hours counts from the next opening. Zero minutes gives the start itself (moved to an
   * opening when outside office hours).
   */
  public LocalDateTime plusWorkingMinutes(LocalDateTime from, long minutes) {
    LocalDateTime at = validReceptionTime(from);
    long left = minutes;
    while (true) {
      LocalDateTime close = at.toLocalDate().atTime(officeHours.closing());
      long today = Duration.between(at, close).toMinutes();
      if (left <= today) {
        return at.plusMinutes(left);
      }
      left -= today;
      at = nextWorkingDay(at.toLocalDate()).atTime(officeHours.opening());
    }
  }

  /**
   * The moment {@code minutes} of office hours on working days before {@code to}, never before
   * {@code floor}: when to remind an officer of a due date.
   */
  public LocalDateTime minusWorkingMinutes(LocalDateTime to, long minutes, LocalDateTime floor) {
    long total = workingMinutesBetween(floor, to);
    return total <= minutes ? floor : plusWorkingMinutes(floor, total - minutes);
  }

  private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  /** Working days lost to pauses; an open pause counts up to {@code now}. */
  public int pausedWorkingDays(Collection<ClockPause> pauses, LocalDateTime now) {
    int total = 0;
    for (ClockPause pause : pauses) {
      LocalDateTime end = pause.isOpen() ? now : pause.end();
      total += workingDaysBetween(pause.start().toLocalDate(), end.toLocalDate());
    }
    return total;
  }
}
