package vn.motcua.portal.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.shared.RateLimitBuckets;
import vn.motcua.shared.TokenBuckets;

/**
 * Limits on the portal's forms that send a one-time code (registration, account activation again,
 * password reset, signing a declaration): each SMS costs money and lands on someone's phone, so per
 * client address and per login typed; shared by all nodes on PostgreSQL ({@link RateLimitBuckets}).
 */
@Component
class RateLimits {

  private final TokenBuckets perIp;
  private final TokenBuckets perLogin;
  private final TokenBuckets signingPerAccount;
  private final TokenBuckets registrations;

  RateLimits(
      @Value("${motcua.accounts.rate-limits.code-requests.capacity:3}") long capacity,
      @Value("${motcua.accounts.rate-limits.code-requests.period:PT15M}") Duration period,
      @Value("${motcua.accounts.rate-limits.max-clients:100000}") int maxClients,
      RateLimitBuckets buckets) {
    this.perIp = buckets.named("account-code-per-ip", capacity, period, maxClients);
    this.perLogin = buckets.named("account-code-per-login", capacity, period, maxClients);
    this.signingPerAccount =
        buckets.named("signing-code-per-account", capacity, period, maxClients);
    // a registration with a typo is posted again: more room than for code requests, still no SMS
    // cannon
    this.registrations = buckets.named("registration-per-ip", capacity * 3, period, maxClients);
  }

  /** A registration (each sends an activation code to the phone or mailbox typed). */
  void registration(String clientIp) {
    registrations.tryTake(clientIp).ifPresent(TooManyRequests::after);
  }

  /**
   * @throws TooManyRequests when this address or this login asked for too many codes lately
   */
  void codeRequest(String clientIp, String login) {
    perIp.tryTake(clientIp).ifPresent(TooManyRequests::after);
    perLogin.tryTake(login).ifPresent(TooManyRequests::after);
  }

  /**
   * A signing code for a signed-in account: its own bucket, so that strangers asking for password
   * resets of that citizen's ID cannot use up the codes the citizen needs to sign.
   */
  void signingRequest(String clientIp, String account) {
    perIp.tryTake(clientIp).ifPresent(TooManyRequests::after);
    signingPerAccount.tryTake(account).ifPresent(TooManyRequests::after);
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
