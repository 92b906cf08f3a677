package vn.motcua.shared;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where the rate limits keep their buckets, chosen by the database in use: on PostgreSQL, which
 * several nodes share, in its table {@code rate_limit_bucket} through Bucket4j's advisory-lock
 * proxy manager ({@link SharedBuckets}); on H2, embedded and so one node, in memory ({@link
 * LocalBuckets}). A bucket's row expires when the bucket is full again (it is then no different
 * from a new one) and {@link #removeExpired} deletes such rows, so the table holds the clients of
 * the last period, not every client ever seen.
 *
 * <p>Advisory lock rather than {@code SELECT ... FOR UPDATE}: the first request of a new client has
 * no row to lock yet, and the advisory lock on the row's key serializes two nodes creating it; the
 * lock is the transaction's and ends with it, whatever happens to the connection. Each take uses a
 * connection of its own from the pool, outside the caller's transaction.
 */
@Component
public class RateLimitBuckets {

  private static final Logger log = LoggerFactory.getLogger(RateLimitBuckets.class);
  private static final int REMOVAL_BATCH = 1000;

  private final PostgreSQLadvisoryLockBasedProxyManager<Long> shared;
  private final Function<String, byte[]> digest;
  private final Set<String> names = ConcurrentHashMap.newKeySet();

  RateLimitBuckets(DataSource dataSource, OneTimeCodes codes) {
    this.shared = postgresql(dataSource) ? proxyManager(dataSource) : null;
    this.digest = codes::keyedDigest;
  }

  /** Bucket4j's proxy manager on {@code rate_limit_bucket} (migration V30). */
  private static PostgreSQLadvisoryLockBasedProxyManager<Long> proxyManager(DataSource dataSource) {
    return Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
        .table("rate_limit_bucket")
        .idColumn("id")
        .stateColumn("state")
        .expiresAtColumn("expires_at")
        // no client clock: Bucket4j times the buckets by the machine's wall clock, and it writes
        // expires_at and deletes by that clock too (its removeExpired), so both agree. A rate
        // limit's seconds are not business time (the injected Clock); NTP keeps nodes in step
        .expirationAfterWrite(
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
        .build();
  }

  /** Whether the buckets are in the shared database (else in this node's memory). */
  public boolean shared() {
    return shared != null;
  }

  /**
   * The buckets of the limit {@code name}: {@code capacity} tokens per client key, refilled over
   * {@code period}; in memory, at most {@code maxKeys} clients are remembered.
   *
   * @throws IllegalArgumentException when a limit of that name exists already (two limits would
   *     share their buckets in the database)
   */
  public TokenBuckets named(String name, long capacity, Duration period, int maxKeys) {
    if (!names.add(name)) {
      throw new IllegalArgumentException("There is a rate limit named " + name + " already");
    }
    return shared == null
        ? new LocalBuckets(capacity, period, maxKeys)
        : new SharedBuckets(name, capacity, period, shared, digest);
  }

  /**
   * Deletes the rows of buckets that are full again (Bucket4j's {@code removeExpired}), in batches;
   * every node runs it, and a row whose bucket another node is using right now is skipped (its
   * advisory lock is taken).
   *
   * @return how many were deleted
   */
  @Scheduled(
      fixedDelayString = "${motcua.rate-limits.cleanup-interval:PT10M}",
      initialDelayString = "${motcua.rate-limits.cleanup-interval:PT10M}")
  public int removeExpired() {
    if (shared == null) {
      return 0;
    }
    int total = 0;
    try {
      int removed;
      do {
        removed = shared.removeExpired(REMOVAL_BATCH);
        total += removed;
      } while (removed == REMOVAL_BATCH);
    } catch (RuntimeException e) {
      log.warn("Expired rate-limit buckets not removed; tried again at the next run", e);
    }
    return total;
  }

  private static boolean postgresql(DataSource dataSource) {
    try {
      String product =
          JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
      return "PostgreSQL".equalsIgnoreCase(product);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database is in use", e);
    }
  }
}
