package vn.motcua.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The clock of a test class that needs days to pass (a version coming into force on its date): it
 * runs like {@link TestClock#CLOCK} until the test moves it forward, and the engine's clock moves
 * with it. A class annotated {@link Used} gets one as its application's {@link Clock} ({@link
 * TestClockCustomizerFactory}) and autowires it; it runs on a context and database of its own
 * ({@code @SpringBootTest} with its own datasource URL, {@code @DirtiesContext}), so no other class
 * sees the moved time. {@link TestClock#today()} does not move: ask this clock.
 */
public final class MovableClock extends Clock implements AutoCloseable {

  /** Gives the test class's application a movable clock. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Inherited
  public @interface Used {}

  private final Clock base;
  private final AtomicReference<Duration> ahead;

  MovableClock() {
    this(TestClock.CLOCK, new AtomicReference<>(Duration.ZERO));
  }

  /**
   * A clock for an application started outside the test framework (a benchmark's), starting at
   * {@link TestClock#START}.
   */
  public static MovableClock fromTestStart() {
    return new MovableClock();
  }

  private MovableClock(Clock base, AtomicReference<Duration> ahead) {
    this.base = base;
    this.ahead = ahead;
  }

  /**
   * Moves the application's time forward, and the engine's with it (the engine reads a static clock
   * of its own, set off the machine's as {@code EngineClock} does at start).
   */
  public void moveForward(Duration by) {
    Duration moved = ahead.accumulateAndGet(by, Duration::plus);
    ClockUtil.offset(TestClock.OFFSET.plus(moved).toMillis());
  }

  /** When its application closes, the engine's clock goes back to the tests' usual time. */
  @Override
  public void close() {
    ClockUtil.offset(TestClock.OFFSET.toMillis());
  }

  /** Today in Vietnam by this clock. */
  public LocalDate today() {
    return LocalDate.now(this);
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MovableClock(base.withZone(zone), ahead);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(ahead.get());
  }
}
