package vn.motcua.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which version a new dossier gets: the latest valid-from that has come, the last deployed on a
 * tie; and which version the catalogue announces as coming.
 */
class VersionInForceTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  static final LocalDate PAST = LocalDate.of(2025, 7, 1);
  static final LocalDate AHEAD = TODAY.plusDays(10);

  final List<ProcedureVersionEntity> deployed = new ArrayList<>();

  /** Deploys the next version (numbers follow the order of deployment), valid from {@code from}. */
  void deploy(LocalDate from) {
    deployed.add(
        new ProcedureVersionEntity(
            "2.000635",
            deployed.size() + 1,
            from,
            "civil-status-extract:" + (deployed.size() + 1) + ":x",
            "d" + deployed.size(),
            "{}",
            "{}",
            Instant.parse("2026-11-24T02:00:00Z")));
  }

  Optional<Integer> inForce(LocalDate day) {
    return VersionInForce.on(deployed, day).map(ProcedureVersionEntity::version);
  }

  Optional<Integer> upcoming(LocalDate day) {
    return VersionInForce.upcomingAfter(deployed, day).map(ProcedureVersionEntity::version);
  }

  @Test
  void nothingIsInForce_beforeTheFirstVersionsDate() {
    deploy(AHEAD);
    assertThat(inForce(TODAY)).isEmpty();
    assertThat(upcoming(TODAY)).contains(1);
    assertThat(inForce(AHEAD)).contains(1);
    assertThat(upcoming(AHEAD)).isEmpty();
  }

  @Test
  void aVersionDeployedAhead_comesInOnItsDate_notBefore() {
    deploy(PAST);
    deploy(AHEAD);
    assertThat(inForce(TODAY)).contains(1);
    assertThat(upcoming(TODAY)).contains(2);
    assertThat(inForce(AHEAD.minusDays(1))).contains(1);
    assertThat(inForce(AHEAD)).contains(2);
    assertThat(upcoming(AHEAD)).isEmpty();
  }

  @Test
  void redeployingTodaysRules_doesNotCancelAChangeScheduledAhead() {
    deploy(PAST);
    deploy(AHEAD);
    deploy(PAST); // the same rules again, e.g. to fix a form
    assertThat(inForce(TODAY)).contains(3);
    assertThat(upcoming(TODAY)).contains(2);
    assertThat(inForce(AHEAD)).contains(2);
    assertThat(inForce(AHEAD.plusYears(1))).contains(2);
  }

  @Test
  void redeployingWithTodaysDate_isInForceToday_andStillGivesWayOnTheScheduledDate() {
    deploy(PAST);
    deploy(AHEAD);
    deploy(TODAY);
    assertThat(inForce(TODAY.minusDays(1))).contains(1);
    assertThat(inForce(TODAY)).contains(3);
    assertThat(inForce(AHEAD)).contains(2);
  }

  @Test
  void onTheSameDate_theLastDeployedWins_inForceAndAhead() {
    deploy(PAST);
    deploy(PAST);
    deploy(AHEAD);
    deploy(AHEAD); // a correction of the scheduled change
    assertThat(inForce(TODAY)).contains(2);
    assertThat(upcoming(TODAY)).contains(4);
    assertThat(inForce(AHEAD)).contains(4);
  }

  @Test
  void aVersionDatedBackwards_doesNotDisplaceALaterValidFrom() {
    deploy(TODAY.minusDays(30));
    deploy(PAST);
    assertThat(inForce(TODAY)).contains(1);
  }

  @Test
  void theNearestScheduledVersionIsAnnounced() {
    deploy(PAST);
    deploy(AHEAD.plusDays(30));
    deploy(AHEAD);
    assertThat(upcoming(TODAY)).contains(3);
    assertThat(inForce(AHEAD)).contains(3);
    assertThat(upcoming(AHEAD)).contains(2);
    assertThat(inForce(AHEAD.plusDays(30))).contains(2);
  }
}
