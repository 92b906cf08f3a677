package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database store on a real database migrated by the application's own Flyway migrations (the
 * vendor's V29 included), as two nodes sharing that database see it.
 */
abstract class DatabaseContentStoreScenarios extends ContentStoreScenarios {

  private JdbcTemplate jdbc;
  private TransactionTemplate transaction;
  private DatabaseContentStore store;

  /** Migrates the database as the application does (spring.flyway.locations, vendor resolved). */
  void migrate(DataSource dataSource, String vendor) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
        .load()
        .migrate();
    jdbc = new JdbcTemplate(dataSource);
    transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    store = new DatabaseContentStore(jdbc, clock);
  }

  @Override
  ContentStore store() {
    return store;
  }

  int rows(String sha) {
    return jdbc.queryForObject(
        "select count(*) from document_content where sha256 = ?", Integer.class, sha);
  }

  @Test
  void theSameBytesTwice_areOneRow_withTheirSize_andTheLatestUseByTheApplicationClock() {
    byte[] bytes = unique("một lần");
    String sha = store.put(bytes);
    clock.advance(Duration.ofMinutes(30));
    store.put(bytes);
    assertThat(rows(sha)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select size_bytes from document_content where sha256 = ?", Long.class, sha))
        .isEqualTo(bytes.length);
    assertThat(
            jdbc.queryForObject(
                    "select last_used_at from document_content where sha256 = ?",
                    OffsetDateTime.class,
                    sha)
                .toInstant())
        .isEqualTo(clock.instant());
  }

  @Test
  void aPutInATransactionRolledBack_leavesNoBytes() {
    byte[] bytes = unique("bị hủy");
    String sha =
        transaction.execute(
            status -> {
              status.setRollbackOnly();
              return store.put(bytes);
            });
    assertThat(rows(sha)).isZero();
    assertThat(store.holds(sha)).isFalse();
  }

  /**
   * Two nodes put the same new bytes at once: the second insert meets the first's uncommitted row,
   * waits, and ends as a touch; both uploads succeed and the bytes are stored once.
   */
  @Test
  void twoNodesPuttingTheSameNewBytesAtOnce_bothSucceed_andTheBytesAreStoredOnce()
      throws Exception {
    byte[] bytes = unique("hai nút cùng lúc");
    String sha = ContentStore.sha256(bytes);
    CountDownLatch firstPut = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                transaction.execute(
                    status -> {
                      String put = store.put(bytes);
                      firstPut.countDown();
                      try {
                        // hold the uncommitted row while the second node tries
                        secondStarted.await(10, TimeUnit.SECONDS);
                        Thread.sleep(300);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return put;
                    }));
    assertThat(firstPut.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> second =
        CompletableFuture.supplyAsync(
            () ->
                transaction.execute(
                    status -> {
                      secondStarted.countDown();
                      return store.put(bytes);
                    }));
    assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(sha);
    assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(sha);
    assertThat(rows(sha)).isEqualTo(1);
    assertThat(readAll(store.open(sha))).isEqualTo(bytes);
  }
}
