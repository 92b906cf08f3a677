package vn.motcua.bench;

import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.dossier.Dossiers;

/**
 * The public look-up by code over a province's years of dossiers (issue 13, line 6): a miss must do
 * the work of a hit, and the look-up keep p99 ≤ 10 ms at 500 requests a second over 1,000,000
 * dossiers on PostgreSQL.
 *
 * <p>Real dossiers are submitted (and received, some assessed) through the application, then cloned
 * by SQL, each clone with its timeline, to {@code bench.lookupDossiers}; the clones' codes have the
 * shape of real ones under a unit no province has ({@code 000.99.99.H40-…}). The database can be
 * kept ({@code -Dbench.dataDir}) and is then reused. Measured through HTTP on {@code
 * /api/v1/lookup?code=…}, the rate limit raised out of the way:
 *
 * <ul>
 *   <li>an open load of {@code bench.rate} requests a second (latency counted from when each
 *       request was due, so a stall is not hidden by the requests it delays), hits, then misses,
 *       then both;
 *   <li>the most each can answer: {@code bench.threads} clients asking as fast as answered.
 * </ul>
 *
 * Prints figures, asserts nothing.
 */
public final class LookupBenchmark {

  static final int DOSSIERS = Integer.getInteger("bench.lookupDossiers", 1_000_000);
  static final int RATE = Integer.getInteger("bench.rate", 500);
  static final int THREADS = Integer.getInteger("bench.threads", 4);
  static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("bench.budgetSeconds", 20));
  static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmUpSeconds", 15));

  /** Real dossiers the clones are made from. */
  static final int SOURCES = 20;

  static final String CLONE_UNIT = "000.99.99.H40-";
  static final int BATCH = 50_000;

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .executor(Executors.newFixedThreadPool(8))
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public static void main(String[] args) throws Exception {
    System.out.printf(
        Locale.ROOT,
        "Look-up benchmark: %,d dossiers, %d requests/s, %d s a window, %d cores, max heap %d MB%n",
        DOSSIERS,
        RATE,
        WINDOW.toSeconds(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    String dataDir = System.getProperty("bench.dataDir", "none");
    if (!dataDir.equals("none")) {
      builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
    }
    List<String> report = new ArrayList<>();
    try (EmbeddedPostgres postgres = builder.start()) {
      ConfigurableApplicationContext app =
          TaskListBenchmark.start(
              postgres.getJdbcUrl("postgres", "postgres"),
              List.of("--motcua.lookup.rate-limits.lookups.capacity=2000000000"));
      try {
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        seed(app, jdbc);
        String base =
            "http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort()
                + "/api/v1/lookup?code=";
        IntFunction<String> hit = i -> base + cloneCode(1 + random(DOSSIERS));
        IntFunction<String> miss = i -> base + cloneCode(DOSSIERS + 1 + random(DOSSIERS));
        IntFunction<String> both = i -> (i % 2 == 0 ? hit : miss).apply(i);
        closed(both, WARM_UP);
        report.add(open("hits", hit, 200));
        report.add(open("misses", miss, 404));
        report.add(open("hits and misses", both, -1));
        report.add(closed("hits", hit, 200));
        report.add(closed("misses", miss, 404));
        report.add(closed("hits", hit, 200));
        report.add(closed("misses", miss, 404));
        report.add(
            String.format(
                Locale.ROOT,
                "database: %s dossiers, %s timeline rows, %s (dossier and its indexes)",
                jdbc.queryForObject("select count(*) from dossier", Long.class),
                jdbc.queryForObject("select count(*) from dossier_timeline", Long.class),
                jdbc.queryForObject(
                    "select pg_size_pretty(pg_total_relation_size('dossier'))", String.class)));
      } finally {
        app.close();
      }
    }
    System.out.println();
    report.forEach(System.out::println);
    System.exit(0);
  }

  static int random(int bound) {
    return ThreadLocalRandom.current().nextInt(bound);
  }

  /** The n-th clone's code: the shape of a real one ({@code unit-yyMMdd-nnnn}). */
  static String cloneCode(int n) {
    return String.format(Locale.ROOT, "%s%06d-%04d", CLONE_UNIT, n / 10_000, n % 10_000);
  }

  /** Real dossiers through the application, then clones by SQL up to {@link #DOSSIERS}. */
  static void seed(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
    long t0 = System.nanoTime();
    int sources = sources(jdbc).size();
    if (sources < SOURCES) {
      Dossiers dossiers = app.getBean(Dossiers.class);
      TaskService tasks = app.getBean(TaskService.class);
      for (int i = sources; i < SOURCES; i++) {
        String code = dossiers.submit(LifecycleBenchmark.submission()).dossier().code();
        LifecycleBenchmark.complete(
            tasks,
            code,
            USER_TASK_RECEIVE_DOSSIER,
            Map.of("receiveDecision", "accept", "identityChecked", true));
        if (i % 2 == 0) {
          LifecycleBenchmark.complete(
              tasks,
              code,
              USER_TASK_ASSESS_DOSSIER,
              Map.of("assessDecision", "propose", "criminalRecordFinding", "none"));
        }
      }
    }
    List<String> ids = sources(jdbc);
    int cloned =
        jdbc.queryForObject(
            "select count(*) from dossier where code like '" + CLONE_UNIT + "%'", Integer.class);
    if (cloned >= DOSSIERS) {
      return;
    }
    String dossierColumns = columns(jdbc, "dossier", List.of());
    String selectDossier =
        dossierColumns
            .replaceAll("\\bid\\b", "m.new_id")
            .replaceAll("\\bcode\\b", "m.new_code")
            .replaceAll("\\bnational_id\\b", "null");
    selectDossier = qualify(selectDossier, "d");
    String timelineColumns = columns(jdbc, "dossier_timeline", List.of("id"));
    String selectTimeline =
        qualify(
            timelineColumns
                .replaceAll("\\bdossier_id\\b", "m.new_id")
                .replaceAll(
                    "\\bchange_id\\b",
                    "case when t.change_id is null then null else gen_random_uuid() end"),
            "t");
    String sourceList = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    for (int from = cloned + 1; from <= DOSSIERS; from += BATCH) {
      int to = Math.min(DOSSIERS, from + BATCH - 1);
      jdbc.update(
          "with s as (select id, row_number() over (order by id) - 1 as n from dossier where id in ("
              + sourceList
              + ")), m as materialized (select gen_random_uuid() as new_id, s.id as src_id,"
              + " '"
              + CLONE_UNIT
              + "' || lpad((g / 10000)::text, 6, '0') || '-' || lpad((g % 10000)::text, 4, '0') as new_code"
              + " from generate_series("
              + from
              + ", "
              + to
              + ") g join s on s.n = g % "
              + ids.size()
              + "), d_in as (insert into dossier ("
              + dossierColumns
              + ") select "
              + selectDossier
              + " from m join dossier d on d.id = m.src_id)"
              + " insert into dossier_timeline ("
              + timelineColumns
              + ") select "
              + selectTimeline
              + " from m join dossier_timeline t on t.dossier_id = m.src_id");
      System.out.printf(Locale.ROOT, "cloned %,d of %,d dossiers%n", to, DOSSIERS);
    }
    jdbc.execute("vacuum analyze dossier");
    jdbc.execute("vacuum analyze dossier_timeline");
    System.out.printf(Locale.ROOT, "seeded in %.0f s%n", (System.nanoTime() - t0) / 1e9);
  }

  static List<String> sources(JdbcTemplate jdbc) {
    return jdbc.queryForList(
        "select id::text from dossier where applicant_account = 'bench' and code not like '"
            + CLONE_UNIT
            + "%' order by submitted_at limit "
            + SOURCES,
        String.class);
  }

  static String columns(JdbcTemplate jdbc, String table, List<String> without) {
    return jdbc
        .queryForList(
            "select column_name from information_schema.columns where table_name = ? order by ordinal_position",
            String.class,
            table)
        .stream()
        .filter(c -> !without.contains(c))
        .collect(Collectors.joining(", "));
  }

  /** Prefixes the source table's alias to every column not taken from the clone map. */
  static String qualify(String select, String alias) {
    List<String> out = new ArrayList<>();
    for (String column : select.split(", ")) {
      boolean given =
          column.startsWith("m.") || column.equals("null") || column.startsWith("case ");
      out.add(given ? column : alias + "." + column);
    }
    return String.join(", ", out);
  }

  /** An open load at {@link #RATE}: latency from when each request was due. */
  static String open(String what, IntFunction<String> url, int expected) throws Exception {
    long period = TimeUnit.SECONDS.toNanos(1) / RATE;
    int count = (int) (WINDOW.toSeconds() * RATE);
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong unexpected = new AtomicLong();
    List<CompletableFuture<?>> pending = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = start + i * period;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      pending.add(
          HTTP.sendAsync(request(url.apply(i)), HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (response, failure) -> {
                    latencies.add(System.nanoTime() - due);
                    if (failure != null
                        || (expected > 0 && response.statusCode() != expected)
                        || (expected < 0
                            && response.statusCode() != 200
                            && response.statusCode() != 404)) {
                      unexpected.incrementAndGet();
                    }
                  }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
        .exceptionally(e -> null)
        .join();
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        "open load, %-15s %d req/s asked, %.0f answered: p50 %.1f ms, p90 %.1f, p99 %.1f, max %.1f;"
            + " %d unexpected answers",
        what,
        RATE,
        sorted.size() / seconds,
        ms(sorted, 50),
        ms(sorted, 90),
        ms(sorted, 99),
        sorted.get(sorted.size() - 1) / 1e6,
        unexpected.get());
  }

  /** {@link #THREADS} clients asking as fast as they are answered. */
  static String closed(String what, IntFunction<String> url, int expected) throws Exception {
    long[] stats = closed(url, WINDOW, expected);
    return String.format(
        Locale.ROOT,
        "most answered, %-13s %d clients: %.0f req/s (%d unexpected answers)",
        what,
        THREADS,
        stats[0] / (WINDOW.toNanos() / 1e9),
        stats[1]);
  }

  static void closed(IntFunction<String> url, Duration window) throws Exception {
    closed(url, window, -1);
  }

  static long[] closed(IntFunction<String> url, Duration window, int expected) throws Exception {
    AtomicLong done = new AtomicLong();
    AtomicLong unexpected = new AtomicLong();
    long end = System.nanoTime() + window.toNanos();
    ExecutorService clients = Executors.newFixedThreadPool(THREADS);
    for (int t = 0; t < THREADS; t++) {
      clients.submit(
          () -> {
            int i = 0;
            while (System.nanoTime() < end) {
              HttpResponse<Void> response =
                  HTTP.send(request(url.apply(i++)), HttpResponse.BodyHandlers.discarding());
              if (expected > 0 && response.statusCode() != expected) {
                unexpected.incrementAndGet();
              }
              done.incrementAndGet();
            }
            return null;
          });
    }
    clients.shutdown();
    clients.awaitTermination(window.toSeconds() + 60, TimeUnit.SECONDS);
    return new long[] {done.get(), unexpected.get()};
  }

  static HttpRequest request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
  }

  static double ms(List<Long> sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
