package vn.motcua.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bucket4j token buckets, one per client key, in this node's memory, at most {@code maxKeys} of
 * them: the least recently used bucket goes first, which is almost always one that has refilled and
 * so is no different from a new one. Used on H2, where there is one node; several nodes would each
 * count on their own, so on PostgreSQL {@link RateLimitBuckets} makes {@link SharedBuckets}
 * instead.
 */
public final class LocalBuckets implements TokenBuckets {

  private final Bandwidth limit;
  private final Map<String, Bucket> buckets;

  public LocalBuckets(long capacity, Duration period, int maxKeys) {
    // greedy refill: tokens come back one by one over the period, so a patient client is never
    // locked out for long
    this.limit = Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
    this.buckets =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxKeys;
          }
        };
  }

  @Override
  public Optional<Duration> tryTake(String key) {
    ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  private synchronized Bucket bucket(String key) {
    return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit).build());
  }
}
