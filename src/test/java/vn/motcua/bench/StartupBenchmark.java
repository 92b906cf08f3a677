package vn.motcua.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up time and idle memory of {@code java -jar} on the demo, side by side with a bare Camunda
 * Spring Boot application (issue 13, line 5: at most 2× its start time and 1.3× its idle RSS).
 *
 * <p>The bare application is {@code src/bench/bare-camunda}: the same Spring Boot, Camunda and H2,
 * the starters for the webapps and REST, one process, an administrator; built here when its jar is
 * missing or older than its POM. Both run with the same JVM and no flags, each in a folder of its
 * own under {@code target/startup}, alternately, {@code bench.startRuns} times: a <em>first
 * start</em> on an empty folder (schemas made, the demo's data seeded) and a <em>restart</em> on
 * the folder it left. Start time is from launching the JVM to Spring Boot's "Started" line; memory
 * is the process's resident set ({@code VmRSS}) after {@code bench.idleSeconds} of idleness. Prints
 * figures, asserts nothing.
 */
public final class StartupBenchmark {

  static final int RUNS = Integer.getInteger("bench.startRuns", 3);
  static final int IDLE_SECONDS = Integer.getInteger("bench.idleSeconds", 20);
  static final Pattern STARTED =
      Pattern.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

  /**
   * @param rssKb resident after the idle time, as the collector left it
   * @param rssAfterGcKb resident once a full collection ({@code jcmd GC.run}, both applications
   *     alike) has returned what the start left behind: what each needs, whatever the collector's
   *     timing (the idle figure of the same jar varies by a fifth from run to run)
   */
  record Start(double wallSeconds, double jvmSeconds, long rssKb, long rssAfterGcKb) {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path ours = jar(root.resolve("target"), "motcua-");
    Path bare = root.resolve("src/bench/bare-camunda/target/bare-camunda.jar");
    if (!Files.exists(bare)
        || Files.getLastModifiedTime(bare)
                .compareTo(
                    Files.getLastModifiedTime(root.resolve("src/bench/bare-camunda/pom.xml")))
            < 0) {
      build(root);
    }
    System.out.printf(
        Locale.ROOT,
        "Start-up benchmark: %s against %s, %d runs, RSS after %d s idle, %d cores, Java %s%n",
        ours.getFileName(),
        bare.getFileName(),
        RUNS,
        IDLE_SECONDS,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    Map<String, List<Start>> results = new LinkedHashMap<>();
    Path work = root.resolve("target/startup");
    for (int run = 1; run <= RUNS; run++) {
      for (String name : List.of("bare", "motcua")) {
        Path folder = work.resolve(name + "-" + run);
        deleteRecursively(folder);
        Files.createDirectories(folder);
        Path jar = name.equals("bare") ? bare : ours;
        List<String> extra =
            name.equals("bare") ? List.of() : List.of("--spring.profiles.active=demo");
        for (String kind : List.of("first start", "restart")) {
          Start start = start(jar, folder, extra);
          results.computeIfAbsent(name + ", " + kind, k -> new ArrayList<>()).add(start);
          System.out.printf(
              Locale.ROOT,
              "run %d %-22s %5.1f s (JVM up %5.1f s), %4d MiB resident, %4d after a full GC%n",
              run,
              name + ", " + kind,
              start.wallSeconds(),
              start.jvmSeconds(),
              start.rssKb() / 1024,
              start.rssAfterGcKb() / 1024);
        }
      }
    }
    System.out.println();
    System.out.println("median of " + RUNS + " runs          start s   RSS MiB  after GC");
    for (Map.Entry<String, List<Start>> entry : results.entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "%-26s %7.1f %9d %9d%n",
          entry.getKey(),
          median(entry.getValue().stream().map(Start::wallSeconds).toList()),
          Math.round(median(entry.getValue().stream().map(s -> s.rssKb() / 1024.0).toList())),
          Math.round(
              median(entry.getValue().stream().map(s -> s.rssAfterGcKb() / 1024.0).toList())));
    }
    for (String kind : List.of("first start", "restart")) {
      List<Start> b = results.get("bare, " + kind);
      List<Start> m = results.get("motcua, " + kind);
      System.out.printf(
          Locale.ROOT,
          "ratio, %-19s %7.2f× %8.2f× %8.2f× (target: 2× the start, 1.3× the RSS)%n",
          kind,
          median(m.stream().map(Start::wallSeconds).toList())
              / median(b.stream().map(Start::wallSeconds).toList()),
          median(m.stream().map(s -> (double) s.rssKb()).toList())
              / median(b.stream().map(s -> (double) s.rssKb()).toList()),
          median(m.stream().map(s -> (double) s.rssAfterGcKb()).toList())
              / median(b.stream().map(s -> (double) s.rssAfterGcKb()).toList()));
    }
    System.exit(0);
  }

  static Start start(Path jar, Path folder, List<String> extra) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=0");
    command.addAll(extra);
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
    builder.environment().remove("JDK_JAVA_OPTIONS");
    long t0 = System.nanoTime();
    Process process = builder.start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      List<String> lastLines = new ArrayList<>();
      while ((line = out.readLine()) != null) {
        Matcher started = STARTED.matcher(line);
        if (started.find()) {
          double wall = (System.nanoTime() - t0) / 1e9;
          double jvm = Double.parseDouble(started.group(2));
          Thread drain = new Thread(() -> drain(out));
          drain.setDaemon(true);
          drain.start();
          TimeUnit.SECONDS.sleep(IDLE_SECONDS);
          long rss = rssKb(process.pid());
          fullGc(process.pid());
          long rssAfterGc = rssKb(process.pid());
          stop(process);
          return new Start(wall, jvm, rss, rssAfterGc);
        }
        lastLines.add(line);
        if (lastLines.size() > 40) {
          lastLines.remove(0);
        }
      }
      throw new IllegalStateException(
          jar.getFileName() + " did not start:\n" + String.join("\n", lastLines));
    } finally {
      if (process.isAlive()) {
        process.destroyForcibly();
      }
    }
  }

  /** Reads the rest of the log, so that the process never blocks on a full pipe; ends with it. */
  static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // the log after the start is not measured
      }
    } catch (IOException closed) {
      // the process was stopped
    }
  }

  static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** A full collection in the running JVM, then a few seconds for the heap to be given back. */
  static void fullGc(long pid) throws Exception {
    Process jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid),
                "GC.run")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    jcmd.waitFor(60, TimeUnit.SECONDS);
    TimeUnit.SECONDS.sleep(3);
  }

  static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  static Path jar(Path target, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.getFileName().toString().endsWith(".jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + target));
    }
  }

  static void build(Path root) throws Exception {
    Process build =
        new ProcessBuilder(
                root.resolve("mvnw").toString(),
                "-q",
                "-f",
                "src/bench/bare-camunda/pom.xml",
                "-DskipTests",
                "package")
            .directory(root.toFile())
            .inheritIO()
            .start();
    if (build.waitFor() != 0) {
      throw new IllegalStateException("the bare Camunda application did not build");
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
