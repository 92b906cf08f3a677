package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DeliveryMethod;
import vn.motcua.shared.VietnameseFormats;

/**
 * A stage's due date from its share of the time limit, moved on by the days the clock stood still;
 * an approved apology's day holds over the limit.
 */
class DossierClockTest {

  static final WorkingCalendar CALENDAR =
      new WorkingCalendar(
          List.of(), Set.of(), new OfficeHours(LocalTime.of(7, 30), LocalTime.of(17, 0)));

  static final TimeLimit TEN_DAYS = TimeLimit.workingDays(10);

  final DossierClock clock =
      new DossierClock(
          CALENDAR, Clock.fixed(instant("2026-11-26T09:00"), VietnameseFormats.VIETNAM));

  static Instant instant(String local) {
    return LocalDateTime.parse(local).atZone(VietnameseFormats.VIETNAM).toInstant();
  }

  /** Received Monday 16/11/2026 09:00: ten working days, due Monday 30/11 17:00. */
  static DossierEntity received() {
    DossierEntity dossier =
        new DossierEntity(
            "000.40.11.H40-261116-0001",
            "1.004873",
            1,
            3,
            Channel.COUNTER,
            null,
            "Nguyễn Văn An",
            "001090012345",
            null,
            null,
            "Xã Lam Thành",
            "lamthanh",
            "lamthanh",
            DeliveryMethod.COUNTER,
            null,
            0,
            null,
            "{}",
            instant("2026-11-16T09:00"));
    dossier.schedule(instant("2026-11-16T09:00"), instant("2026-11-30T17:00"));
    return dossier;
  }

  @Test
  void aStageIsDue_whenItsShareAndThoseBeforeItHaveRun() {
    DossierEntity dossier = received();
    assertThat(clock.appointment(dossier, TEN_DAYS)).isEqualTo(instant("2026-11-30T17:00"));
    // 6,180 working minutes from reception to the appointment; 70 % of them run on Wednesday 25/11
    assertThat(clock.stageDue(dossier, TEN_DAYS, Optional.of(70), "assess"))
        .isEqualTo(instant("2026-11-25T14:36"));
    assertThat(clock.stageDue(dossier, TEN_DAYS, Optional.of(100), "approve"))
        .isEqualTo(instant("2026-11-30T17:00"));
  }

  @Test
  void aSupplementAwaited_movesTheStagesAndTheAppointment_byTheDaysItStood() {
    DossierEntity dossier = received();
    // asked Tuesday 17/11, supplemented Friday 20/11: Tuesday, Wednesday and Thursday stood still
    dossier.pauseClock("SUPPLEMENT", instant("2026-11-17T10:00"));
    dossier.resumeClock(instant("2026-11-20T08:15"));
    assertThat(clock.stageDue(dossier, TEN_DAYS, Optional.of(70), "assess"))
        .isEqualTo(instant("2026-11-30T14:36"));
    assertThat(clock.appointment(dossier, TEN_DAYS)).isEqualTo(instant("2026-12-03T17:00"));
  }

  @Test
  void anApprovedApology_holdsItsDay_andPausesAfterItMoveIt() {
    DossierEntity dossier = received();
    dossier.draftApology(
        instant("2026-12-02T17:00"), "Chờ xác minh", "cv.lamthanh", instant("2026-11-26T09:00"));
    dossier.approveApology(
        dossier.pendingApology().orElseThrow(), instant("2026-11-26T10:00"), "ld.lamthanh", "x");
    assertThat(clock.appointment(dossier, TEN_DAYS)).isEqualTo(instant("2026-12-02T17:00"));
    // a fee awaited from Friday 27/11 to Tuesday 01/12: Friday and Monday stood still
    dossier.pauseClock("FINANCIAL_OBLIGATION", instant("2026-11-27T09:00"));
    dossier.resumeClock(instant("2026-12-01T09:00"));
    assertThat(clock.appointment(dossier, TEN_DAYS)).isEqualTo(instant("2026-12-04T17:00"));
  }
}
