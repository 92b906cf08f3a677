package vn.motcua.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Token buckets of one rate limit in the shared database (Bucket4j's PostgreSQL proxy manager,
 * table {@code rate_limit_bucket}): each take locks the bucket's row key for its transaction, reads
 * the bucket, takes a token and writes it back, so two nodes never hand out the same token. A
 * bucket's row is named by a keyed 64-bit digest of the limit's name and the client's key: no
 * address, login or citizen ID is stored, and two limits never share a bucket.
 */
public final class SharedBuckets implements TokenBuckets {

  private final String name;
  private final ProxyManager<Long> buckets;
  private final BucketConfiguration configuration;
  private final Function<String, byte[]> digest;

  /**
   * @param name the limit's name, unique among the application's limits
   * @param digest a keyed digest (at least 8 bytes) shared by all nodes
   */
  public SharedBuckets(
      String name,
      long capacity,
      Duration period,
      ProxyManager<Long> buckets,
      Function<String, byte[]> digest) {
    this.name = name;
    this.buckets = buckets;
    this.digest = digest;
    // greedy refill, as the local buckets: tokens come back one by one over the period
    this.configuration =
        BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
            .build();
  }

  @Override
  public Optional<Duration> tryTake(String key) {
    ConsumptionProbe probe =
        buckets.builder().build(rowKey(key), () -> configuration).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  private Long rowKey(String key) {
    return ByteBuffer.wrap(digest.apply("rate-limit:" + name + ":" + key)).getLong();
  }
}
