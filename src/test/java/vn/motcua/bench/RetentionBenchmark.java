package vn.motcua.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.MotCuaApplication;
import vn.motcua.it.MovableClock;
import vn.motcua.system.RetentionSchedule;

/**
 * Issue 13, item 3: does the database stay flat? A year of dossiers on an embedded PostgreSQL 17,
 * with the clock moved month by month: each month a share of the dossiers is submitted and run to
 * the end (as {@link LifecycleBenchmark} does: a judicial-record certificate, level 4, delivered
 * electronically, every status change mailed, texted and pushed), then the clock moves a month, the
 * engine's history cleanup runs (the job its nightly window starts, here started at once) and so
 * does the nightly retention of the application's own tables. Prints, month by month, the size of
 * the database, of the engine's history and of the rest; then everything is moved past every
 * retention and each table's size is printed before and after, with the bytes a closed dossier
 * keeps. Not a test: it prints figures (docs/benchmark.md).
 *
 * <p>{@code -Dbench.dossiers} (in all; 200 by default in the bench profile), {@code -Dbench.months}
 * (12).
 */
public final class RetentionBenchmark {

  static final int DOSSIERS = Integer.getInteger("bench.dossiers", 200);
  static final int MONTHS = Integer.getInteger("bench.months", 12);
  static final int THREADS = Integer.getInteger("bench.threads", 4);

  public static void main(String[] args) throws Exception {
    int perMonth = Math.max(1, DOSSIERS / MONTHS);
    System.out.printf(
        Locale.ROOT,
        "Retention benchmark: %d months, %d dossiers a month, %d cores%n",
        MONTHS,
        perMonth,
        Runtime.getRuntime().availableProcessors());
    MovableClock clock = MovableClock.fromTestStart();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      ConfigurableApplicationContext app =
          new SpringApplicationBuilder(MotCuaApplication.class)
              .initializers(
                  context -> {
                    RootBeanDefinition bean =
                        new RootBeanDefinition(MovableClock.class, () -> clock);
                    bean.setPrimary(true);
                    ((BeanDefinitionRegistry) context.getBeanFactory())
                        .registerBeanDefinition("benchClock", bean);
                  })
              .run(
                  "--spring.profiles.active=demo",
                  "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                  "--spring.datasource.username=postgres",
                  "--spring.datasource.password=",
                  "--server.port=0",
                  "--motcua.storage.documents=target/bench-documents",
                  "--logging.level.root=WARN",
                  // the nightly schedule is not waited for: the benchmark runs it after each month
                  "--motcua.retention.cron=-",
                  "--spring.datasource.hikari.maximum-pool-size=20");
      try {
        run(app, clock, perMonth);
      } finally {
        app.close();
        clock.close();
      }
    }
    System.exit(0);
  }

  static void run(ConfigurableApplicationContext app, MovableClock clock, int perMonth)
      throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
    LifecycleBenchmark.registerApplicant(app);
    awaitJobs(app);
    Map<String, Long> empty = compactedSizes(jdbc);
    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "%-6s %9s %10s %12s %12s %12s %10s",
            "month",
            "dossiers",
            "cleanup s",
            "database kB",
            "history kB",
            "other kB",
            "hist rows"));
    int closed = 0;
    Map<String, Long> fullHistory = null;
    for (int month = 1; month <= MONTHS; month++) {
      runDossiers(app, perMonth);
      closed += perMonth;
      if (month == 1) {
        fullHistory = compactedSizes(jdbc);
      }
      // a month on: the dossiers' watches wake and end, the cleanups run as their nights come
      clock.moveForward(Duration.ofDays(30));
      awaitJobs(app);
      long start = System.nanoTime();
      cleanUp(app);
      double seconds = (System.nanoTime() - start) / 1e9;
      jdbc.execute("vacuum analyze"); // what autovacuum does: freed space is reused, files stay
      Map<String, Long> sizes = sizes(jdbc);
      report.add(
          String.format(
              Locale.ROOT,
              "%-6d %9d %10.1f %12d %12d %12d %10d",
              month,
              closed,
              seconds,
              total(sizes) / 1024,
              history(sizes) / 1024,
              (total(sizes) - history(sizes)) / 1024,
              jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class)));
      System.out.println("month " + report.get(report.size() - 1));
    }
    Map<String, Long> before = compactedSizes(jdbc);
    // past every retention: the engine's (180 days after a dossier ends) and the tables' (≤ 180)
    clock.moveForward(Duration.ofDays(190));
    awaitJobs(app);
    cleanUp(app);
    Map<String, Long> after = compactedSizes(jdbc);

    System.out.println();
    report.forEach(System.out::println);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Per table (kB, after VACUUM FULL): empty application, %d dossiers at the end of the year,"
            + " and past every retention%n",
        closed);
    System.out.printf(Locale.ROOT, "%-34s %10s %10s %10s%n", "table", "empty", "year", "past");
    List<String> tables = new ArrayList<>(before.keySet());
    tables.sort((a, b) -> Long.compare(before.get(b), before.get(a)));
    for (String table : tables) {
      long e = empty.getOrDefault(table, 0L);
      long y = before.get(table);
      long p = after.getOrDefault(table, 0L);
      if (y != e || p != e) {
        System.out.printf(
            Locale.ROOT, "%-34s %10.1f %10.1f %10.1f%n", table, e / 1024.0, y / 1024.0, p / 1024.0);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-34s %10.1f %10.1f %10.1f%n",
        "all",
        total(empty) / 1024.0,
        total(before) / 1024.0,
        total(after) / 1024.0);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Bytes per closed dossier: with its whole history (month 1, no cleanup yet) %.1f kB,"
            + " of which engine history %.1f kB; past retention %.1f kB, of which engine history"
            + " %.1f kB and result_issue %.1f kB (target: at most 40 kB)%n",
        (total(fullHistory) - total(empty)) / 1024.0 / perMonth,
        (history(fullHistory) - history(empty)) / 1024.0 / perMonth,
        (total(after) - total(empty)) / 1024.0 / closed,
        (history(after) - history(empty)) / 1024.0 / closed,
        (after.getOrDefault("result_issue", 0L) - empty.getOrDefault("result_issue", 0L))
            / 1024.0
            / closed);
  }

  /**
   * Makes the cleanup job due now; the job executor may be moving it at that moment (it came due
   * when the clock moved): then again.
   */
  static void startNow(HistoryService history) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        history.cleanUpHistoryAsync(true);
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == 10) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }

  /** Submits and works {@code count} dossiers on a few threads, and waits until all are done. */
  static void runDossiers(ConfigurableApplicationContext app, int count) throws Exception {
    long before = LifecycleBenchmark.dossiersDone(app);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      futures.add(pool.submit(() -> LifecycleBenchmark.dossier(app, n)));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (LifecycleBenchmark.dossiersDone(app) - before < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("dossiers not done after 10 minutes");
      }
      Thread.sleep(50);
    }
  }

  /** The engine's cleanup, as its window would run it, then the application's retention. */
  static void cleanUp(ConfigurableApplicationContext app) throws InterruptedException {
    HistoryService history = app.getBean(HistoryService.class);
    startNow(history);
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (!history.findHistoryCleanupJobs().stream()
        .allMatch(
            job ->
                job.getDuedate() != null
                    && job.getDuedate()
                        .after(new Date(app.getBean(MovableClock.class).millis())))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the history cleanup did not finish in 10 minutes");
      }
      Thread.sleep(50);
    }
    app.getBean(RetentionSchedule.class).runAll();
  }

  /**
   * Until no job is due but the history cleanup's (timers that came due when the clock moved, and
   * the notifications they cause).
   */
  static void awaitJobs(ConfigurableApplicationContext app) throws InterruptedException {
    ManagementService management = app.getBean(ManagementService.class);
    HistoryService history = app.getBean(HistoryService.class);
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    Thread.sleep(200);
    while (true) {
      Set<String> cleanup =
          history.findHistoryCleanupJobs().stream().map(Job::getId).collect(Collectors.toSet());
      if (management.createJobQuery().executable().list().stream()
          .allMatch(job -> cleanup.contains(job.getId()))) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("jobs still due after 10 minutes");
      }
      Thread.sleep(100);
    }
  }

  static Map<String, Long> compactedSizes(JdbcTemplate jdbc) {
    jdbc.execute("vacuum full analyze");
    return sizes(jdbc);
  }

  /** pg_total_relation_size of every table in the public schema (with its indexes and TOAST). */
  static Map<String, Long> sizes(JdbcTemplate jdbc) {
    Map<String, Long> sizes = new TreeMap<>();
    jdbc.query(
        "select c.relname, pg_total_relation_size(c.oid) from pg_class c join pg_namespace n"
            + " on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'",
        row -> {
          sizes.put(row.getString(1), row.getLong(2));
        });
    return sizes;
  }

  static long total(Map<String, Long> sizes) {
    return sizes.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The engine's history tables (ACT_HI_*) and the byte arrays, most of them historic variables.
   */
  static long history(Map<String, Long> sizes) {
    return sizes.entrySet().stream()
        .filter(e -> e.getKey().startsWith("act_hi_") || e.getKey().equals("act_ge_bytearray"))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
