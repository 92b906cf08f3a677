package vn.motcua.document.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A clock that stands still until a test moves it (Vietnam's zone, as the application's). */
final class SettableClock extends Clock {

  private volatile Instant now = OffsetDateTime.parse("2026-11-24T09:00:00+07:00").toInstant();

  void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public ZoneId getZone() {
    return ZoneId.of("Asia/Ho_Chi_Minh");
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return now;
  }
}
