package vn.motcua.workflow.engine;

import java.time.Clock;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Makes the engine keep the application's time. The engine reads its own static clock for due
 * timers, job acquisition and history; the application computes deadlines with the injected {@link
 * Clock}. In production both are the system clock; a test that fixes the application's clock moves
 * the engine's with it, so a deadline computed by one is due by the other.
 */
final class EngineClock {

  /** Below this the two clocks agree: nothing to set. */
  private static final long TOLERANCE_MILLIS = 1000;

  private EngineClock() {}

  static void follow(Clock clock) {
    long offset = clock.millis() - System.currentTimeMillis();
    if (Math.abs(offset) > TOLERANCE_MILLIS) {
      ClockUtil.offset(offset);
    } else {
      ClockUtil.reset();
    }
  }
}
