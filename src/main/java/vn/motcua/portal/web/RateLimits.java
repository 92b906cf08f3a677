package vn.motcua.portal.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.shared.LocalBuckets;

/**
 * Limits on the portal's forms that send a one-time code (account activation again, password reset):
 * each SMS costs money and lands on someone's phone, so per client address and per login typed.
 */
@Component
class RateLimits {

  private final LocalBuckets perIp;
  private final LocalBuckets perLogin;

  RateLimits(@Value("${motcua.accounts.rate-limits.code-requests.capacity:3}") long capacity,
             @Value("${motcua.accounts.rate-limits.code-requests.period:PT15M}") Duration period,
             @Value("${motcua.accounts.rate-limits.max-clients:100000}") int maxClients) {
    this.perIp = new LocalBuckets(capacity, period, maxClients);
    this.perLogin = new LocalBuckets(capacity, period, maxClients);
  }

  /** @throws TooManyRequests when this address or this login asked for too many codes lately */
  void codeRequest(String clientIp, String login) {
    perIp.tryTake(clientIp).ifPresent(TooManyRequests::after);
    perLogin.tryTake(login).ifPresent(TooManyRequests::after);
  }

  /** A form used too often: the page says when to come back. */
  static final class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    private TooManyRequests(Duration wait) {
      super("rate limit reached");
      this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    static void after(Duration wait) {
      throw new TooManyRequests(wait);
    }

    long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
