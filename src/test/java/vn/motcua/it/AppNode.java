package vn.motcua.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * One node of a cluster: the packaged application ({@code target/motcua-*.jar}, as {@code java
 * -jar} runs it in production) in a process of its own, on a database and a mail server shared with
 * the other nodes, on a free port it reports in its log. {@link #kill()} is {@code kill -9}.
 */
final class AppNode implements AutoCloseable {

  private static final Pattern STARTED_ON = Pattern.compile("Tomcat started on port (\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  final String name;
  private final Process process;
  private final Path log;
  private int port;

  private AppNode(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Launches a node; {@link #awaitStarted()} waits for it, so that several start together. */
  static AppNode launch(String name, Path folder, List<String> settings) throws IOException {
    Files.createDirectories(folder);
    Path log = folder.resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-jar");
    command.add(jar().toString());
    command.add("--server.port=0");
    command.addAll(settings);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    return new AppNode(name, builder.start(), log);
  }

  AppNode awaitStarted() throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      Matcher started = STARTED_ON.matcher(text);
      if (started.find() && text.contains("Started MotCuaApplication")) {
        port = Integer.parseInt(started.group(1));
        return this;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting:\n" + tail());
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    throw new IllegalStateException(name + " did not start in " + START_TIMEOUT + ":\n" + tail());
  }

  int port() {
    return port;
  }

  String url() {
    return "http://localhost:" + port;
  }

  TestRestTemplate rest() {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri(url()));
  }

  ApiClient api() {
    return new ApiClient(rest());
  }

  /** {@code kill -9}: no shutdown hook, no transaction ended, no job unlocked. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  boolean alive() {
    return process.isAlive();
  }

  /** The last lines of the node's log, for a failure's message. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** How often {@code text} occurs in the node's log. */
  long countInLog(String text) throws IOException {
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return lines.filter(line -> line.contains(text)).count();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(p -> p.getFileName().toString().matches("motcua-.*\\.jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/motcua-*.jar: run ./mvnw verify"))
          .toAbsolutePath();
    }
  }
}
