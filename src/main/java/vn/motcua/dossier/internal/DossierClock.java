package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.ClockPause;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.VietnameseFormats;

/** A dossier's dates on the working calendar: valid reception, appointment, stage deadlines. */
@Component
class DossierClock {

  private final WorkingCalendar calendar;
  private final Clock clock;

  DossierClock(WorkingCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Instant validReception(Instant submittedAt) {
    return toInstant(calendar.validReceptionTime(local(submittedAt)));
  }

  /**
   * The appointment: the time limit from reception, moved on by the pauses; after an approved
   * apology, the day it promised (moved on by the pauses that began after it) when that is later.
   */
  Instant appointment(DossierEntity dossier, TimeLimit limit) {
    Instant byLimit =
        toInstant(
            calendar.appointment(
                local(dossier.receivedAt()), limit, pausesOf(dossier), local(now())));
    Optional<ApologyEntity> apology = dossier.latestApology();
    if (apology.isEmpty()) {
      return byLimit;
    }
    List<ClockPause> since =
        pausesOf(dossier).stream()
            .filter(p -> !p.start().isBefore(local(apology.get().approvedAt())))
            .toList();
    LocalDateTime promised = local(apology.get().newAppointmentAt());
    Instant byApology =
        toInstant(
            calendar
                .addWorkingDays(
                    promised.toLocalDate(), calendar.pausedWorkingDays(since, local(now())))
                .atTime(promised.toLocalTime()));
    return byApology.isAfter(byLimit) ? byApology : byLimit;
  }

  /** The end of office hours of {@code day}: an appointment an officer sets by its date. */
  Instant closingOf(LocalDate day) {
    return toInstant(day.atTime(calendar.officeHours().closing()));
  }

  boolean isWorkingDay(LocalDate day) {
    return calendar.isWorkingDay(day);
  }

  /**
   * When {@code percent} of the working time from reception to {@code appointment} has run, moved
   * on by the pauses: when to ask whether the dossier will miss its appointment.
   */
  Instant shareOfTheWay(DossierEntity dossier, TimeLimit limit, int percent) {
    return stageDue(dossier, limit, Optional.of(percent), "");
  }

  /**
   * A part's due date: its share and those of the parts before it, counted in working days from
   * reception as the group's limit counts (with its cut-off), and never after the appointment.
   */
  Instant partDue(DossierEntity dossier, TimeLimit group, int workingDays) {
    Instant due =
        toInstant(
            calendar.appointment(
                local(dossier.receivedAt()),
                new TimeLimit(workingDays, group.sameDayCutoff()),
                pausesOf(dossier),
                local(now())));
    Instant appointment = appointment(dossier, group);
    return due.isAfter(appointment) ? appointment : due;
  }

  /**
   * When an officer's stage is due. A stage with a share of the time limit in the procedure's
   * descriptor ({@code cumulativeShare}: its share and those before it, in per cent) is due when
   * that much of the working time from reception to the appointment has run, moved on by the
   * working days the clock stood still; the others as the first versions had it: reception by the
   * end of the next working day, assessment a working day before the appointment, the rest at it.
   * Never after the appointment.
   */
  Instant stageDue(
      DossierEntity dossier, TimeLimit limit, Optional<Integer> cumulativeShare, String stage) {
    Instant appointment = appointment(dossier, limit);
    if (cumulativeShare.isPresent()) {
      LocalDateTime start = calendar.validReceptionTime(local(dossier.receivedAt()));
      LocalDateTime unpaused =
          calendar.appointment(local(dossier.receivedAt()), limit, List.of(), local(now()));
      long share = calendar.workingMinutesBetween(start, unpaused) * cumulativeShare.get() / 100;
      LocalDateTime due = calendar.plusWorkingMinutes(start, share);
      int paused = calendar.pausedWorkingDays(pausesOf(dossier), local(now()));
      Instant moved =
          toInstant(calendar.addWorkingDays(due.toLocalDate(), paused).atTime(due.toLocalTime()));
      return moved.isAfter(appointment) ? appointment : moved;
    }
    return switch (stage) {
      case "receive" -> {
        LocalDateTime nextDayClose =
            calendar
                .nextWorkingDay(local(dossier.receivedAt()).toLocalDate())
                .atTime(calendar.officeHours().closing());
        Instant receiveBy = toInstant(nextDayClose);
        yield receiveBy.isBefore(appointment) ? receiveBy : appointment;
      }
      case "assess" ->
          limit.workingDays() >= 2
              ? toInstant(
                  calendar.appointment(
                      local(dossier.receivedAt()),
                      TimeLimit.workingDays(limit.workingDays() - 1),
                      pausesOf(dossier),
                      local(now())))
              : appointment;
      default -> appointment;
    };
  }

  private List<ClockPause> pausesOf(DossierEntity dossier) {
    return dossier.pauses().stream()
        .map(
            p ->
                new ClockPause(
                    local(p.startedAt()), p.endedAt() == null ? null : local(p.endedAt())))
        .toList();
  }

  private static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, VietnameseFormats.VIETNAM);
  }

  private static Instant toInstant(LocalDateTime time) {
    return time.atZone(VietnameseFormats.VIETNAM).toInstant();
  }
}
