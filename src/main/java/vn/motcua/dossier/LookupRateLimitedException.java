package vn.motcua.dossier;

import java.time.Duration;

/**
 * A client past a limit of the public look-up: it may try again after {@link #retryAfterSeconds()}.
 */
public class LookupRateLimitedException extends RuntimeException {

  private final long retryAfterSeconds;

  public LookupRateLimitedException(Duration wait) {
    super("rate limit reached");
    // whole seconds for Retry-After, rounded up so that a client that waits exactly that long gets
    // through
    this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
