package vn.motcua.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * Token buckets of one rate limit, one bucket per client key (an address, a login, a citizen ID).
 * Made by {@link RateLimitBuckets}: in the shared database on PostgreSQL ({@link SharedBuckets}),
 * so every node counts against the same budget; in this node's memory on H2 ({@link LocalBuckets}),
 * which is one node by definition.
 */
public interface TokenBuckets {

  /**
   * Takes one token from {@code key}'s bucket: empty when allowed, else how long until the next
   * token.
   */
  Optional<Duration> tryTake(String key);
}
