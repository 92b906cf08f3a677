package vn.motcua.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.motcua.shared.VietnameseFormats;

/**
 * The time of every integration test: the application's {@link Clock} starts at {@link #START} when
 * the test JVM first asks, and runs on from there (jobs, lockouts and code validity need time to
 * pass). {@link TestClockCustomizerFactory} puts it into every test's application context, where
 * the engine follows it. Tests compare with {@link #today()} and {@link #now()}, never with the
 * JVM's clock or zone.
 */
public final class TestClock {

  /**
   * Tuesday 24/11/2026, 09:00 in Vietnam: a working day, the desk open. The test JVMs run in
   * America/Los_Angeles (pom.xml), where it is still Monday 23/11: anything that takes its date
   * from the JVM's zone rather than Vietnam's shows a day's difference.
   */
  public static final Instant START = OffsetDateTime.parse("2026-11-24T09:00:00+07:00").toInstant();

  // the one place the tests read the machine's clock: to let the test clock tick from START (and
  // for MovableClock to set the engine's clock, which runs off the machine's, as far ahead)
  static final Duration OFFSET = Duration.between(Clock.systemUTC().instant(), START);

  public static final Clock CLOCK = Clock.offset(Clock.system(VietnameseFormats.VIETNAM), OFFSET);

  private TestClock() {}

  public static Instant now() {
    return CLOCK.instant();
  }

  /** Today in Vietnam, by the test clock. */
  public static LocalDate today() {
    return LocalDate.now(CLOCK);
  }
}
