package vn.motcua.bench;

import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.sun.management.OperatingSystemMXBean;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.MotCuaApplication;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.Applicants;
import vn.motcua.dossier.ApplicantSnapshot;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DeliveryMethod;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.SubmissionCommand;
import vn.motcua.it.FreePorts;

/**
 * Throughput of the whole lifecycle through the application's own services, against the bare engine
 * driving a process of the same shape, in one run and on one database, on H2 and then on
 * PostgreSQL. Not a test: it prints figures. Run with {@code ./mvnw -Pbench -Dlint.skip
 * test-compile exec:java} (see docs/benchmark.md), or from an IDE.
 *
 * <p>A dossier is counted when it is delivered: submitted (declaration validated, code, fee,
 * appointment), received, assessed and approved by officers through TaskService with their
 * listeners, then delivered electronically by the job executor, with every status change notified
 * by mail (real SMTP to a mail server in a process of its own), SMS and the national portal. The
 * baseline instance is counted when its two asynchronous service tasks have run.
 */
public final class LifecycleBenchmark {

  static final int DOSSIERS = Integer.getInteger("bench.dossiers", 200);
  static final int THREADS = Integer.getInteger("bench.threads", 4);
  static final int WARM_UP = Integer.getInteger("bench.warmUp", 300);

  /**
   * The baseline is quick: four times as many instances give it a window as long as the
   * application's, and less noise.
   */
  static final int MAIL_PORT = FreePorts.one();

  static Process mailServer;
  static final int BASELINE_INSTANCES = Integer.getInteger("bench.baselineInstances", 4 * DOSSIERS);

  public static void main(String[] args) throws Exception {
    System.out.printf(
        Locale.ROOT,
        "Lifecycle benchmark: %d dossiers, %d threads, %d cores, max heap %d MB%n",
        DOSSIERS,
        THREADS,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    List<String> report = new ArrayList<>();
    mailServer = startMailServer();
    if (!Boolean.getBoolean("bench.postgresOnly")) {
      report.add(
          run(
              "H2 (in memory)",
              "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
              "sa",
              "",
              "demo"));
    }
    if (!Boolean.getBoolean("bench.h2Only")) {
      try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
        databaseCpu = () -> postgresCpuNanos(postgres.getPort());
        report.add(
            run(
                "PostgreSQL 17 (embedded)",
                postgres.getJdbcUrl("postgres", "postgres"),
                "postgres",
                "",
                "demo",
                // application-postgres.yml's default, auto; force_custom_plan to measure its cost
                "--spring.datasource.hikari.connection-init-sql=SET plan_cache_mode = "
                    + System.getProperty("bench.planCacheMode", "auto")));
      }
    }
    if (!Boolean.getBoolean("bench.postgresOnly")) {
      report.add(latency());
    }
    mailServer.destroy();
    System.out.println();
    report.forEach(System.out::println);
    System.exit(0);
  }

  static String run(
      String database,
      String url,
      String user,
      String password,
      String profiles,
      String... databaseArguments)
      throws Exception {
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(MotCuaApplication.class)
            .run(
                Stream.concat(
                        Stream.of(
                            "--spring.profiles.active=" + profiles,
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + user,
                            "--spring.datasource.password=" + password,
                            "--server.port=0",
                            "--motcua.storage.documents=target/bench-documents",
                            "--logging.level.root=WARN",
                            "--motcua.mail.embedded-server.enabled=false",
                            "--spring.mail.port=" + MAIL_PORT,
                            "--spring.datasource.hikari.maximum-pool-size=20"),
                        Stream.of(databaseArguments))
                    .toArray(String[]::new));
    try {
      app.getBean(RepositoryService.class)
          .createDeployment()
          .addClasspathResource("bench/bench-baseline.bpmn")
          .name("bench-baseline")
          .deploy();
      registerApplicant(app);
      // warm-up: the JIT and the caches see both paths before anything is timed
      measure(WARM_UP, THREADS, i -> baseline(app, i), () -> baselineDone(app));
      measure(WARM_UP, THREADS, i -> dossier(app, i), () -> dossiersDone(app));
      Map<String, Long> before = rowCounts(app);
      Rate baseline =
          measure(BASELINE_INSTANCES, THREADS, i -> baseline(app, i), () -> baselineDone(app));
      Map<String, Long> between = rowCounts(app);
      Rate application = measure(DOSSIERS, THREADS, i -> dossier(app, i), () -> dossiersDone(app));
      Map<String, Long> after = rowCounts(app);
      return String.format(
          Locale.ROOT,
          "%-26s baseline %7.1f instances/s   application %7.1f dossiers/s   ratio %5.1f %%%n"
              + "%-26s CPU per baseline instance %.1f ms; per dossier %.1f ms in the application's JVM (%.1f×) + %.1f ms in the mail server%n"
              + "%-26s CPU of PostgreSQL's processes per baseline instance %.1f ms; per dossier %.1f ms%n"
              + "%-26s by thread (ms per item): baseline%s%n%-26s by thread (ms per item): dossier%s%n"
              + "%-26s rows kept per baseline instance %s%n%-26s rows kept per dossier %s",
          database,
          baseline.perSecond(),
          application.perSecond(),
          100 * application.perSecond() / baseline.perSecond(),
          "",
          baseline.cpuMillisEach(),
          application.cpuMillisEach(),
          application.cpuMillisEach() / baseline.cpuMillisEach(),
          application.mailServerCpuMillisEach(),
          "",
          baseline.databaseCpuMillisEach(),
          application.databaseCpuMillisEach(),
          "",
          baseline.threads(),
          "",
          application.threads(),
          "",
          rowsPer(before, between, BASELINE_INSTANCES),
          "",
          rowsPer(between, after, DOSSIERS));
    } finally {
      app.close();
    }
  }

  /**
   * Rows in every table of the database: history is never deleted, so its growth is what an item
   * wrote and keeps.
   */
  static Map<String, Long> rowCounts(ConfigurableApplicationContext app) {
    JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
    Map<String, Long> counts = new TreeMap<>();
    for (String table :
        jdbc.queryForList(
            "select table_name from information_schema.tables where lower(table_schema) = 'public'"
                + " and table_type in ('BASE TABLE', 'TABLE')",
            String.class)) {
      counts.put(
          table.toLowerCase(Locale.ROOT),
          jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
    }
    return counts;
  }

  /** The tables that grew, with how many rows per item, largest first, and the total. */
  static String rowsPer(Map<String, Long> before, Map<String, Long> after, int items) {
    StringBuilder out = new StringBuilder();
    long total = 0;
    List<Map.Entry<String, Long>> grown = new ArrayList<>();
    after.forEach(
        (table, rows) -> {
          long delta = rows - before.getOrDefault(table, 0L);
          if (delta > 0) {
            grown.add(Map.entry(table, delta));
          }
        });
    grown.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    for (Map.Entry<String, Long> table : grown) {
      total += table.getValue();
      out.append(
          String.format(
              Locale.ROOT, " %s %.1f", table.getKey(), (double) table.getValue() / items));
    }
    return String.format(Locale.ROOT, "%.1f:%s", (double) total / items, out);
  }

  /**
   * The synchronous path alone, one thread, job executor off (H2): what an officer's click and a
   * citizen's submission cost, without the asynchronous steps competing for the cores.
   */
  static String latency() throws Exception {
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(MotCuaApplication.class)
            .run(
                "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:mem:latency;DB_CLOSE_DELAY=-1",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--motcua.storage.documents=target/bench-documents",
                "--motcua.mail.embedded-server.enabled=false",
                "--spring.mail.port=" + MAIL_PORT,
                "--camunda.bpm.job-execution.enabled=false");
    try {
      app.getBean(RepositoryService.class)
          .createDeployment()
          .addClasspathResource("bench/bench-baseline.bpmn")
          .deploy();
      Dossiers dossiers = app.getBean(Dossiers.class);
      TaskService tasks = app.getBean(TaskService.class);
      int n = 200;
      long baseline = 0;
      long[] app4 = new long[4];
      for (int i = 0; i < n + 20; i++) {
        long b0 = System.nanoTime();
        baseline(app, i);
        long s0 = System.nanoTime();
        String code = dossiers.submit(submission()).dossier().code();
        long s1 = System.nanoTime();
        complete(
            tasks,
            code,
            USER_TASK_RECEIVE_DOSSIER,
            Map.of("receiveDecision", "accept", "identityChecked", true));
        long s2 = System.nanoTime();
        complete(
            tasks,
            code,
            USER_TASK_ASSESS_DOSSIER,
            Map.of("assessDecision", "propose", "criminalRecordFinding", "none"));
        long s3 = System.nanoTime();
        complete(tasks, code, USER_TASK_APPROVE_DOSSIER, Map.of("approveDecision", "approve"));
        long s4 = System.nanoTime();
        if (i >= 20) {
          baseline += s0 - b0;
          app4[0] += s1 - s0;
          app4[1] += s2 - s1;
          app4[2] += s3 - s2;
          app4[3] += s4 - s3;
        }
      }
      double total = (app4[0] + app4[1] + app4[2] + app4[3]) / 1e6 / n;
      return String.format(
          Locale.ROOT,
          "Synchronous path, 1 thread, no job executor (H2): baseline start + 3 tasks %.1f ms;"
              + " application %.1f ms = submit %.1f + receive %.1f + assess %.1f + approve %.1f",
          baseline / 1e6 / n,
          total,
          app4[0] / 1e6 / n,
          app4[1] / 1e6 / n,
          app4[2] / 1e6 / n,
          app4[3] / 1e6 / n);
    } finally {
      app.close();
    }
  }

  /**
   * Items per second, and the CPU time spent per item by this JVM (every thread) and by the mail
   * server's process.
   */
  /**
   * @param threadCpu the JVM's CPU per item by kind of thread (Linux only, else empty): the
   *     application's own work, the JIT's compilations, the garbage collector's, the kernel's part
   */
  record Rate(
      double perSecond,
      double cpuMillisEach,
      double mailServerCpuMillisEach,
      double databaseCpuMillisEach,
      Map<String, Double> threadCpu) {

    String threads() {
      StringBuilder out = new StringBuilder();
      threadCpu.forEach(
          (kind, ms) -> out.append(String.format(Locale.ROOT, " %s %.1f;", kind, ms)));
      return out.toString();
    }
  }

  /**
   * CPU ticks (1/100 s) of this JVM's threads so far, by kind ({@code /proc/self/task}), and the
   * user and kernel parts of all of them: what a JFR profile does not show (the JIT's and the
   * collector's threads, the system calls of the JDBC and SMTP round trips).
   */
  static Map<String, Long> threadTicks() {
    Map<String, Long> ticks = new TreeMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return ticks;
    }
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        String stat;
        try {
          stat = Files.readString(thread.resolve("stat"));
        } catch (IOException ended) {
          continue;
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long user = Long.parseLong(fields[11]);
        long system = Long.parseLong(fields[12]);
        ticks.merge(threadKind(name), user + system, Long::sum);
        ticks.merge("(user)", user, Long::sum);
        ticks.merge("(kernel)", system, Long::sum);
      }
    } catch (IOException e) {
      return Map.of();
    }
    return ticks;
  }

  static String threadKind(String name) {
    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
      return "JIT";
    }
    if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
      return "GC";
    }
    if (name.startsWith("camundaTaskExe")) {
      return "jobs";
    }
    if (name.startsWith("pool-")) {
      return "driver (submit, tasks)";
    }
    return "other";
  }

  static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static long mailServerCpuNanos() {
    return mailServer.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /** The CPU of the database's processes so far: none on H2, which runs in this JVM. */
  static LongSupplier databaseCpu = () -> 0L;

  /**
   * CPU of the embedded PostgreSQL listening on {@code port}: its postmaster (which pg_ctl leaves
   * to init, so not this JVM's descendant) and its children, the pool's backends among them, which
   * live as long as their connections.
   */
  static long postgresCpuNanos(int port) {
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains("bin/postgres") && c.contains("-p " + port + " "))
                    .orElse(false))
        .flatMap(p -> Stream.concat(Stream.of(p), p.children()))
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
        .sum();
  }

  /** Starts {@link MailServer} in a JVM of its own and waits until it listens. */
  static Process startMailServer() throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                MailServer.class.getName(),
                String.valueOf(MAIL_PORT))
            .redirectErrorStream(true)
            .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
    for (String line = out.readLine(); !"ready".equals(line); line = out.readLine()) {
      if (line == null) {
        throw new IllegalStateException("the mail server did not start");
      }
    }
    Thread drain = new Thread(() -> out.lines().forEach(line -> {}), "mail-server-output");
    drain.setDaemon(true);
    drain.start();
    return process;
  }

  /**
   * Runs {@code count} items on {@code threads} threads and waits until {@code done} reports them
   * finished.
   */
  static Rate measure(int count, int threads, IntConsumer item, LongSupplier done)
      throws Exception {
    long before = done.getAsLong();
    Map<String, Long> ticks = threadTicks();
    long cpu = processCpuNanos();
    long mailCpu = mailServerCpuNanos();
    long databaseCpuBefore = databaseCpu.getAsLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      futures.add(pool.submit(() -> item.accept(n)));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (done.getAsLong() - before < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "not finished after 10 minutes: " + (done.getAsLong() - before) + " of " + count);
      }
      Thread.sleep(20);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Double> threadCpu = new TreeMap<>();
    threadTicks()
        .forEach(
            (kind, after) ->
                threadCpu.put(kind, (after - ticks.getOrDefault(kind, 0L)) * 10.0 / count));
    return new Rate(
        count / seconds,
        (processCpuNanos() - cpu) / 1e6 / count,
        (mailServerCpuNanos() - mailCpu) / 1e6 / count,
        (databaseCpu.getAsLong() - databaseCpuBefore) / 1e6 / count,
        threadCpu);
  }

  static void baseline(ConfigurableApplicationContext app, int n) {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    TaskService tasks = app.getBean(TaskService.class);
    String id =
        runtime
            .startProcessInstanceByKey("bench-baseline", "bench-" + n + "-" + System.nanoTime())
            .getId();
    for (int step = 0; step < 3; step++) {
      Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
      tasks.complete(task.getId(), Map.of("decision", "ok"));
    }
  }

  static long baselineDone(ConfigurableApplicationContext app) {
    return app.getBean(HistoryService.class)
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey("bench-baseline")
        .finished()
        .count();
  }

  /** The benchmark's applicant account, the one {@link #submission()} submits for. */
  static void registerApplicant(ConfigurableApplicationContext app) {
    app.getBean(Applicants.class)
        .register(
            ApplicantProfile.individual(
                "bench",
                "Người Thử Nghiệm",
                "040090009999",
                LocalDate.of(1990, 1, 1),
                "0912345678",
                "bench@example.vn",
                "Xã Lam Thành, tỉnh Nghệ An"),
            "bench-password");
  }

  static void dossier(ConfigurableApplicationContext app, int n) {
    Dossiers dossiers = app.getBean(Dossiers.class);
    TaskService tasks = app.getBean(TaskService.class);
    String code = dossiers.submit(submission()).dossier().code();
    complete(
        tasks,
        code,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "accept", "identityChecked", true));
    complete(
        tasks,
        code,
        USER_TASK_ASSESS_DOSSIER,
        Map.of("assessDecision", "propose", "criminalRecordFinding", "none"));
    complete(tasks, code, USER_TASK_APPROVE_DOSSIER, Map.of("approveDecision", "approve"));
  }

  static SubmissionCommand submission() {
    return new SubmissionCommand(
        new ApplicantSnapshot(
            "bench",
            "Người Thử Nghiệm",
            "040090001234",
            "0912345678",
            "bench@example.vn",
            "Xã Lam Thành, tỉnh Nghệ An"),
        "3.000333",
        4,
        null,
        null,
        DeliveryMethod.ELECTRONIC,
        null,
        judicialRecord(),
        List.of(),
        List.of(),
        null,
        null,
        Channel.ONLINE,
        null);
  }

  static void complete(TaskService tasks, String code, String key, Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(code)
            .taskDefinitionKey(key)
            .singleResult();
    tasks.complete(task.getId(), variables);
  }

  /** Delivered dossiers, counted only once every notification has gone out (until then: none). */
  static long dossiersDone(ConfigurableApplicationContext app) {
    HistoryService history = app.getBean(HistoryService.class);
    ManagementService management = app.getBean(ManagementService.class);
    if (management.createJobQuery().executable().count() > 0) {
      return 0;
    }
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey("judicial-record-certificate")
        .finished()
        .count();
  }

  static Map<String, Object> judicialRecord() {
    return Map.ofEntries(
        Map.entry("fullName", "NGƯỜI THỬ NGHIỆM"),
        Map.entry("sex", "male"),
        Map.entry("birthDate", "1990-05-12"),
        Map.entry("birthPlace", "Nghệ An"),
        Map.entry("nationality", "Việt Nam"),
        Map.entry("ethnicity", "Kinh"),
        Map.entry("permanentResidence", "Xã Lam Thành, tỉnh Nghệ An"),
        Map.entry("citizenId", "040090001234"),
        Map.entry("phone", "0912345678"),
        Map.entry("residenceHistory", "2004 – nay: xã Lam Thành"),
        Map.entry("certificateType", "1"),
        Map.entry("copies", 2),
        Map.entry("purpose", "Đo hiệu năng"),
        Map.entry("feeCategory", "exempt"));
  }
}
