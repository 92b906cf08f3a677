package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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

  Instant appointment(DossierEntity dossier, TimeLimit limit) {
    return toInstant(
        calendar.appointment(local(dossier.receivedAt()), limit, pausesOf(dossier), local(now())));
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

  Instant stageDue(DossierEntity dossier, TimeLimit limit, String stage) {
    Instant appointment = appointment(dossier, limit);
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
