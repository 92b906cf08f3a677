package vn.motcua.dossier.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.LookupRateLimitedException;
import vn.motcua.dossier.LookupRateLimits;
import vn.motcua.shared.RateLimitBuckets;
import vn.motcua.shared.TokenBuckets;

/**
 * The look-up's limits: look-ups per client address, and one-time-code requests per client address
 * and per citizen ID; shared by all nodes on PostgreSQL ({@link RateLimitBuckets}).
 */
@Component
class BucketLookupRateLimits implements LookupRateLimits {

  private final TokenBuckets lookups;
  private final TokenBuckets codeRequestsPerIp;
  private final TokenBuckets codeRequestsPerCitizenId;

  BucketLookupRateLimits(
      @Value("${motcua.lookup.rate-limits.lookups.capacity:20}") long lookupCapacity,
      @Value("${motcua.lookup.rate-limits.lookups.period:PT1M}") Duration lookupPeriod,
      @Value("${motcua.lookup.rate-limits.code-requests.capacity:3}") long codeCapacity,
      @Value("${motcua.lookup.rate-limits.code-requests.period:PT15M}") Duration codePeriod,
      @Value("${motcua.lookup.rate-limits.max-clients:100000}") int maxClients,
      RateLimitBuckets buckets) {
    this.lookups = buckets.named("lookup", lookupCapacity, lookupPeriod, maxClients);
    this.codeRequestsPerIp =
        buckets.named("lookup-code-per-ip", codeCapacity, codePeriod, maxClients);
    this.codeRequestsPerCitizenId =
        buckets.named("lookup-code-per-citizen-id", codeCapacity, codePeriod, maxClients);
  }

  @Override
  public void lookup(String clientAddress) {
    lookups.tryTake(clientAddress).ifPresent(BucketLookupRateLimits::refuse);
  }

  @Override
  public void codeRequest(String clientAddress, String citizenId) {
    codeRequestsPerIp.tryTake(clientAddress).ifPresent(BucketLookupRateLimits::refuse);
    codeRequestsPerCitizenId
        .tryTake(citizenId == null ? "" : citizenId.strip())
        .ifPresent(BucketLookupRateLimits::refuse);
  }

  private static void refuse(Duration wait) {
    throw new LookupRateLimitedException(wait);
  }
}
