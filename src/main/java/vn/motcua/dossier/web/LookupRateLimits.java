package vn.motcua.dossier.web;

import java.time.Duration;
import vn.motcua.shared.LocalBuckets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public look-up's limits per client: look-ups per IP address, and one-time-code requests per
 * IP address and per citizen ID (each SMS costs money and lands on someone's phone). The client's
 * address is the request's remote address; behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} so that it is the caller's, not the proxy's.
 */
@Component
class LookupRateLimits {

  private final LocalBuckets lookups;
  private final LocalBuckets codeRequestsPerIp;
  private final LocalBuckets codeRequestsPerCitizenId;

  LookupRateLimits(@Value("${motcua.lookup.rate-limits.lookups.capacity:20}") long lookupCapacity,
                   @Value("${motcua.lookup.rate-limits.lookups.period:PT1M}") Duration lookupPeriod,
                   @Value("${motcua.lookup.rate-limits.code-requests.capacity:3}") long codeCapacity,
                   @Value("${motcua.lookup.rate-limits.code-requests.period:PT15M}") Duration codePeriod,
                   @Value("${motcua.lookup.rate-limits.max-clients:100000}") int maxClients) {
    this.lookups = new LocalBuckets(lookupCapacity, lookupPeriod, maxClients);
    this.codeRequestsPerIp = new LocalBuckets(codeCapacity, codePeriod, maxClients);
    this.codeRequestsPerCitizenId = new LocalBuckets(codeCapacity, codePeriod, maxClients);
  }

  /** A look-up by code, or a try of a one-time code. */
  void lookup(String clientIp) {
    lookups.tryTake(clientIp).ifPresent(LookupRateLimits::refuse);
  }

  void codeRequest(String clientIp, String citizenId) {
    codeRequestsPerIp.tryTake(clientIp).ifPresent(LookupRateLimits::refuse);
    codeRequestsPerCitizenId.tryTake(citizenId == null ? "" : citizenId.strip()).ifPresent(LookupRateLimits::refuse);
  }

  private static void refuse(Duration wait) {
    throw new TooManyRequestsException(wait);
  }

  /** Past a limit: the client may try again after {@link #retryAfterSeconds()}. */
  static final class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequestsException(Duration wait) {
      super("rate limit reached");
      // whole seconds for Retry-After, rounded up so that a client that waits exactly that long gets through
      this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
