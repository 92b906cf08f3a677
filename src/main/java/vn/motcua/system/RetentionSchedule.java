package vn.motcua.system;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import vn.motcua.shared.Retention;
import vn.motcua.shared.VietnameseFormats;

/**
 * Runs every module's {@link Retention} on its own schedule, apart from the engine's history
 * cleanup: nightly at {@code motcua.retention.cron} in Vietnam's time, each table in batches of
 * {@code motcua.retention.batch-size} until nothing past retention is left, the cut-off taken from
 * the injected clock. Every node runs it; the deletes are idempotent, so two nodes at once only
 * share the work (docs/operations.md, "Retention").
 */
@Component
public class RetentionSchedule implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

  private final List<Retention> retentions;
  private final Clock clock;
  private final String cron;
  private final int batchSize;

  RetentionSchedule(
      List<Retention> retentions,
      Clock clock,
      @Value("${motcua.retention.cron:0 30 23 * * *}") String cron,
      @Value("${motcua.retention.batch-size:1000}") int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("motcua.retention.batch-size must be at least 1");
    }
    this.retentions = List.copyOf(retentions);
    this.clock = clock;
    this.cron = cron;
    this.batchSize = batchSize;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (!"-".equals(cron)) {
      registrar.addCronTask(
          new CronTask(this::runAll, new CronTrigger(cron, VietnameseFormats.VIETNAM)));
    }
  }

  /**
   * Deletes, table by table, every row past its retention now; answers how many per table. A table
   * that fails is logged and left for the next night; the others still run.
   */
  public Map<String, Integer> runAll() {
    Instant now = clock.instant();
    Map<String, Integer> deleted = new LinkedHashMap<>();
    for (Retention retention : retentions) {
      int total = 0;
      try {
        int batch;
        do {
          batch = retention.purge(now, batchSize);
          total += batch;
        } while (batch >= batchSize);
      } catch (RuntimeException e) {
        log.warn(
            "Retention of {} failed after {} rows; tried again next time",
            retention.table(),
            total,
            e);
      }
      deleted.merge(retention.table(), total, Integer::sum);
      if (total > 0) {
        log.info(
            "Retention: {} rows of {} older than {} deleted",
            total,
            retention.table(),
            retention.keep());
      }
    }
    return deleted;
  }
}
