package vn.motcua.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.ClockPause;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;

/** Appointment dates as a one-stop officer would write them on the receipt, on real 2026 dates. */
class WorkingCalendarTest {

  static final TimeLimit SAME_DAY_1500 = TimeLimit.sameDay(LocalTime.of(15, 0));
  static final TimeLimit TEN_DAYS = TimeLimit.workingDays(10);
  static WorkingCalendar calendar;

  @BeforeAll
  static void loadPackagedCalendar() throws Exception {
    calendar =
        CalendarConfiguration.load(
            new ObjectMapper().findAndRegisterModules(),
            new String[] {"classpath*:calendar/*.json"},
            new OfficeHours(LocalTime.of(7, 30), LocalTime.of(17, 0)));
  }

  static LocalDateTime at(String dateTime) {
    return LocalDateTime.parse(dateTime);
  }

  LocalDateTime appointment(String receivedAt, TimeLimit limit, ClockPause... pauses) {
    return calendar.appointment(
        at(receivedAt), limit, List.of(pauses), at(receivedAt).plusMonths(2));
  }

  @Test
  void weekdaysWork_weekendsAndHolidaysDoNot() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 26))).isTrue(); // Thursday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse(); // mùng 1 Tết
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse(); // Giỗ Tổ, in lieu
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(calendar.dayOff(LocalDate.of(2026, 9, 2)))
        .hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("Quốc khánh"));
  }

  @Test
  void fridayAt1600_sameDayProcedure_isDueMondayEvening() {
    // Friday 27/11/2026 16:00 is inside office hours but after the 15:00 cut-off.
    assertThat(appointment("2026-11-27T16:00", SAME_DAY_1500)).isEqualTo(at("2026-11-30T17:00"));
  }

  @Test
  void fridayAt1400_sameDayProcedure_isDueTheSameEvening() {
    assertThat(appointment("2026-11-27T14:00", SAME_DAY_1500)).isEqualTo(at("2026-11-27T17:00"));
  }

  @Test
  void fridayAt1600_tenWorkingDays_countsFromFriday() {
    assertThat(appointment("2026-11-27T16:00", TEN_DAYS)).isEqualTo(at("2026-12-11T17:00"));
  }

  @Test
  void threeWorkingDaysWithA1500CutOff_receivedAfterIt_countFromTheNextWorkingDay() {
    // the interlinked groups of Decree 63/2024: 3 working days, after 15:00 from the next day
    TimeLimit groupA = new TimeLimit(3, LocalTime.of(15, 0));
    assertThat(appointment("2026-11-27T14:00", groupA)).isEqualTo(at("2026-12-02T17:00"));
    assertThat(appointment("2026-11-27T16:00", groupA)).isEqualTo(at("2026-12-03T17:00"));
  }

  @Test
  void onlineSubmissionAtNight_countsFromNextMorning() {
    assertThat(calendar.validReceptionTime(at("2026-11-27T21:30")))
        .isEqualTo(at("2026-11-30T07:30"));
    assertThat(calendar.validReceptionTime(at("2026-11-30T06:00")))
        .isEqualTo(at("2026-11-30T07:30"));
    assertThat(appointment("2026-11-27T21:30", SAME_DAY_1500)).isEqualTo(at("2026-11-30T17:00"));
  }

  @Test
  void submissionDuringTet2026_countsFromMonday23February() {
    // Wednesday 18/02/2026 is mùng 2 Tết; offices reopen on Monday 23/02.
    assertThat(calendar.validReceptionTime(at("2026-02-18T10:00")))
        .isEqualTo(at("2026-02-23T07:30"));
    assertThat(appointment("2026-02-18T10:00", SAME_DAY_1500)).isEqualTo(at("2026-02-23T17:00"));
    assertThat(appointment("2026-02-18T10:00", TEN_DAYS)).isEqualTo(at("2026-03-09T17:00"));
  }

  @Test
  void tenWorkingDaysAcrossTet_skipTheHolidayWeek() {
    // Received Thursday 12/02/2026: Fri 13 and then Mon 23/02 onwards.
    assertThat(appointment("2026-02-12T09:00", TEN_DAYS)).isEqualTo(at("2026-03-05T17:00"));
  }

  @Test
  void supplementPausingThreeWorkingDays_movesTheAppointmentByThree() {
    // Received Monday 16/11/2026 09:00, 10 working days: due Monday 30/11.
    assertThat(appointment("2026-11-16T09:00", TEN_DAYS)).isEqualTo(at("2026-11-30T17:00"));
    // Supplement asked Tuesday 17/11, the citizen supplements Friday 20/11: Tue, Wed, Thu stood
    // still.
    ClockPause supplement = new ClockPause(at("2026-11-17T10:00"), at("2026-11-20T08:15"));
    assertThat(appointment("2026-11-16T09:00", TEN_DAYS, supplement))
        .isEqualTo(at("2026-12-03T17:00"));
  }

  @Test
  void pauseOverAWeekend_countsOnlyWorkingDays() {
    ClockPause overWeekend = new ClockPause(at("2026-11-27T10:00"), at("2026-12-01T10:00"));
    assertThat(calendar.pausedWorkingDays(List.of(overWeekend), at("2026-12-31T00:00")))
        .isEqualTo(2); // Fri, Mon
  }

  @Test
  void openPause_countsUntilNow() {
    ClockPause open = new ClockPause(at("2026-11-23T10:00"), null);
    assertThat(calendar.pausedWorkingDays(List.of(open), at("2026-11-26T09:00"))).isEqualTo(3);
  }

  @Test
  void workingMinutes_countOfficeHoursOfWorkingDaysOnly() {
    // Friday 27/11/2026 16:00 to Monday 30/11 08:30: one hour on Friday, one on Monday
    assertThat(calendar.workingMinutesBetween(at("2026-11-27T16:00"), at("2026-11-30T08:30")))
        .isEqualTo(120);
    assertThat(calendar.workingMinutesBetween(at("2026-11-30T08:30"), at("2026-11-27T16:00")))
        .isZero();
  }

  @Test
  void plusWorkingMinutes_carriesOverNightsWeekendsAndHolidays() {
    // 90 minutes from Friday 27/11 16:00: one hour that day, half an hour on Monday
    assertThat(calendar.plusWorkingMinutes(at("2026-11-27T16:00"), 90))
        .isEqualTo(at("2026-11-30T08:00"));
    // from Thursday 12/02/2026 16:00 over Tết: the next working day is Monday 23/02
    assertThat(calendar.plusWorkingMinutes(at("2026-02-12T16:00"), 60 + 570 + 30))
        .isEqualTo(at("2026-02-23T08:00"));
    // at night: from the next opening
    assertThat(calendar.plusWorkingMinutes(at("2026-11-30T22:00"), 0))
        .isEqualTo(at("2026-12-01T07:30"));
  }

  @Test
  void minusWorkingMinutes_neverBeforeTheFloor() {
    // 4 working hours before Tuesday 01/12 10:00 is Monday 30/11 15:30
    assertThat(calendar.minusWorkingMinutes(at("2026-12-01T10:00"), 240, at("2026-11-27T09:00")))
        .isEqualTo(at("2026-11-30T15:30"));
    assertThat(calendar.minusWorkingMinutes(at("2026-12-01T10:00"), 240, at("2026-12-01T09:00")))
        .isEqualTo(at("2026-12-01T09:00"));
  }
}
