package vn.motcua.workflow.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.DayOff;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.payment.PaymentTerms;

/** The online fee's deadlines count working days and end when the desk closes. */
class PaymentDeadlinesTest {

  final WorkingCalendar calendar =
      new WorkingCalendar(
          List.of(new DayOff(LocalDate.of(2026, 12, 1), "a day off")),
          Set.of(),
          new OfficeHours(LocalTime.of(7, 30), LocalTime.of(17, 0)));
  final Deadlines.PaymentDeadlines deadlines =
      new Deadlines.PaymentDeadlines(new PaymentTerms(calendar, 3, 2));

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Date at(String vietnamTime) {
    return Date.from(ZonedDateTime.parse(vietnamTime + "+07:00[Asia/Ho_Chi_Minh]").toInstant());
  }

  @Test
  void
      aFeeAskedForOnFriday_isOverdueWhenTheDeskClosesOnTheThirdWorkingDay_skippingTheWeekendAndADayOff() {
    ClockUtil.setCurrentTime(at("2026-11-27T10:00"));
    // Mon 30/11, (Tue 01/12 off), Wed 02/12, Thu 03/12
    assertThat(deadlines.reminderAt("x")).isEqualTo(at("2026-12-03T17:00"));
    assertThat(deadlines.expiryAt("x")).isEqualTo(at("2026-12-02T17:00"));
  }
}
