package vn.motcua.workflow.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.shared.SideEffects.EffectFailedException;

/** A mail is never sent twice, even when the node that sent it died before its job ended. */
class SideEffectLedgerTest {

  JdbcTemplate jdbc;
  SideEffectLedger ledger;
  TransactionTemplate job;
  AtomicInteger sent = new AtomicInteger();

  @BeforeEach
  void ledger() {
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:ledger-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    jdbc = new JdbcTemplate(db);
    jdbc.execute(
        "create table side_effect_ledger (effect_key varchar(200) primary key,"
            + " dossier_code varchar(40) not null, step varchar(100) not null,"
            + " created_at timestamp(6) with time zone not null,"
            + " done boolean default true not null)");
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(db);
    ledger =
        new SideEffectLedger(
            jdbc, Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC), transactions);
    job = new TransactionTemplate(transactions);
  }

  /** A job that mails: whether the mail went. */
  boolean mailInAJob() {
    Boolean ran =
        job.execute(s -> ledger.atMostOnce("D1", "email", "c1", () -> sent.incrementAndGet()));
    return Boolean.TRUE.equals(ran);
  }

  @Test
  void aMailSentByAJobThatRunsAgain_isNotSentAgain() {
    assertThat(mailInAJob()).isTrue();
    assertThat(mailInAJob()).isFalse();
    assertThat(sent).hasValue(1);
  }

  @Test
  void aMailSent_whenTheJobThenRollsBack_isNotSentByItsRetry() {
    job.executeWithoutResult(
        s -> {
          ledger.atMostOnce("D1", "email", "c1", () -> sent.incrementAndGet());
          s.setRollbackOnly(); // the node died after the SMTP server took the mail
        });
    job.executeWithoutResult(
        s -> ledger.atMostOnce("D1", "email", "c1", () -> sent.incrementAndGet()));
    assertThat(sent).hasValue(1);
  }

  @Test
  void aMailBegunByANodeThatDied_isNotRepeated() {
    jdbc.update(
        "insert into side_effect_ledger values ('D1|email|c1', 'D1', 'email', current_timestamp, false)");
    assertThat(mailInAJob()).isFalse();
    assertThat(sent).hasValue(0);
  }

  @Test
  void aMailTheServerRefused_isTriedAgainByTheRetry() {
    assertThatThrownBy(
            () ->
                job.executeWithoutResult(
                    s ->
                        ledger.atMostOnce(
                            "D1",
                            "email",
                            "c1",
                            () -> {
                              throw new IllegalStateException("SMTP down");
                            })))
        .isInstanceOf(EffectFailedException.class);
    job.executeWithoutResult(
        s -> ledger.atMostOnce("D1", "email", "c1", () -> sent.incrementAndGet()));
    assertThat(sent).hasValue(1);
    assertThat(jdbc.queryForObject("select done from side_effect_ledger", Boolean.class)).isTrue();
  }

  @Test
  void anEffectInTheJobsTransaction_rollsBackWithItsKey_andIsDoneByTheRetry() {
    job.executeWithoutResult(
        s -> {
          ledger.once("D1", "sms", "c1", () -> sent.incrementAndGet());
          s.setRollbackOnly();
        });
    job.executeWithoutResult(s -> ledger.once("D1", "sms", "c1", () -> sent.incrementAndGet()));
    assertThat(sent).hasValue(2);
    job.executeWithoutResult(s -> ledger.once("D1", "sms", "c1", () -> sent.incrementAndGet()));
    assertThat(sent).hasValue(2);
  }
}
