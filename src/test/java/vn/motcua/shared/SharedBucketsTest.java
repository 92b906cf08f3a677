package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes on one PostgreSQL count against the same budget: each has its own Bucket4j proxy
 * manager on the table migration V30 made, as each node of a cluster does.
 */
class SharedBucketsTest {

  static EmbeddedPostgres postgres;
  static DataSource database;

  final OneTimeCodes keys = new OneTimeCodes("a-key-both-nodes-read-from-configuration");
  RateLimitBuckets nodeA;
  RateLimitBuckets nodeB;

  @BeforeAll
  static void startDatabase() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    database = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void twoNodes() {
    new JdbcTemplate(database).update("delete from rate_limit_bucket");
    nodeA = new RateLimitBuckets(database, keys);
    nodeB = new RateLimitBuckets(database, keys);
  }

  @Test
  void onPostgresql_theBucketsAreShared_theSameKeyIsRefusedOnTheSecondNode() {
    TokenBuckets codesOnA = nodeA.named("code-requests", 3, Duration.ofMinutes(15), 100);
    TokenBuckets codesOnB = nodeB.named("code-requests", 3, Duration.ofMinutes(15), 100);
    assertThat(nodeA.shared()).isTrue();

    assertThat(codesOnA.tryTake("198.51.100.1")).isEmpty();
    assertThat(codesOnA.tryTake("198.51.100.1")).isEmpty();
    assertThat(codesOnA.tryTake("198.51.100.1")).isEmpty();
    assertThat(codesOnB.tryTake("198.51.100.1"))
        .as("the capacity was used up on the other node")
        .hasValueSatisfying(
            wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
    assertThat(codesOnB.tryTake("198.51.100.2")).as("another client").isEmpty();
  }

  @Test
  void twoLimits_neverShareABucket_andNoClientKeyIsStored() {
    TokenBuckets lookups = nodeA.named("lookups", 1, Duration.ofHours(1), 100);
    TokenBuckets codes = nodeA.named("codes", 1, Duration.ofHours(1), 100);
    assertThat(lookups.tryTake("040195004321")).isEmpty();
    assertThat(codes.tryTake("040195004321")).as("its own bucket").isEmpty();
    assertThat(lookups.tryTake("040195004321")).isPresent();

    JdbcTemplate jdbc = new JdbcTemplate(database);
    assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket", Integer.class))
        .isEqualTo(2);
    assertThat(jdbc.queryForList("select cast(id as varchar) from rate_limit_bucket", String.class))
        .noneMatch(id -> id.contains("040195004321"));
    assertThatThrownBy(() -> nodeA.named("codes", 5, Duration.ofHours(1), 100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBucketFullAgain_isDeletedByTheCleanUp_soTheTableDoesNotGrowWithoutEnd() {
    // Bucket4j times the buckets by the machine's clock: a limit that refills within a second
    TokenBuckets quick = nodeA.named("quick", 1, Duration.ofSeconds(1), 100);
    TokenBuckets slow = nodeA.named("slow", 1, Duration.ofHours(1), 100);
    quick.tryTake("198.51.100.1");
    slow.tryTake("198.51.100.1");
    JdbcTemplate jdbc = new JdbcTemplate(database);
    assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket", Integer.class))
        .isEqualTo(2);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(nodeB.removeExpired()).isEqualTo(1));
    assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket", Integer.class))
        .as("the slow limit's bucket is not full yet: kept")
        .isEqualTo(1);
    assertThat(slow.tryTake("198.51.100.1")).as("still counted").isPresent();
    assertThat(quick.tryTake("198.51.100.1")).as("a new bucket, full").isEmpty();
  }

  @Test
  void onH2_oneNodeByDefinition_theBucketsStayInMemory() {
    DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:buckets", "sa", "");
    RateLimitBuckets buckets = new RateLimitBuckets(h2, keys);
    assertThat(buckets.shared()).isFalse();
    assertThat(buckets.named("codes", 1, Duration.ofHours(1), 10)).isInstanceOf(LocalBuckets.class);
    assertThat(buckets.removeExpired()).isZero();
  }
}
