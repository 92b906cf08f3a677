package vn.motcua.dossier.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.LookupRateLimitedException;
import vn.motcua.dossier.LookupRateLimits;
import vn.motcua.shared.LocalBuckets;

/**
 * The look-up's limits in this node's memory: look-ups per client address, and one-time-code
 * requests per client address and per citizen ID.
 */
@Component
class LocalLookupRateLimits implements LookupRateLimits {

  private final LocalBuckets lookups;
  private final LocalBuckets codeRequestsPerIp;
  private final LocalBuckets codeRequestsPerCitizenId;

  LocalLookupRateLimits(
      @Value("${motcua.lookup.rate-limits.lookups.capacity:20}") long lookupCapacity,
      @Value("${motcua.lookup.rate-limits.lookups.period:PT1M}") Duration lookupPeriod,
      @Value("${motcua.lookup.rate-limits.code-requests.capacity:3}") long codeCapacity,
      @Value("${motcua.lookup.rate-limits.code-requests.period:PT15M}") Duration codePeriod,
      @Value("${motcua.lookup.rate-limits.max-clients:100000}") int maxClients) {
    this.lookups = new LocalBuckets(lookupCapacity, lookupPeriod, maxClients);
    this.codeRequestsPerIp = new LocalBuckets(codeCapacity, codePeriod, maxClients);
    this.codeRequestsPerCitizenId = new LocalBuckets(codeCapacity, codePeriod, maxClients);
  }

  @Override
  public void lookup(String clientAddress) {
    lookups.tryTake(clientAddress).ifPresent(LocalLookupRateLimits::refuse);
  }

  @Override
  public void codeRequest(String clientAddress, String citizenId) {
    codeRequestsPerIp.tryTake(clientAddress).ifPresent(LocalLookupRateLimits::refuse);
    codeRequestsPerCitizenId
        .tryTake(citizenId == null ? "" : citizenId.strip())
        .ifPresent(LocalLookupRateLimits::refuse);
  }

  private static void refuse(Duration wait) {
    throw new LookupRateLimitedException(wait);
  }
}
