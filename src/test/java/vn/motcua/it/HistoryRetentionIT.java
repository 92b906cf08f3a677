package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.system.RetentionSchedule;

/**
 * Issue 13, item 3: history that stays flat. A dossier closed and left past its processes' time to
 * live loses its engine history to the engine's cleanup, and its outbox copies, portal pushes and
 * ledger keys to the nightly retention, while its record (the dossier, its timeline, its result)
 * stays readable through the API; a dossier still running keeps the history its officers' tasks
 * read, and the ledger keys its jobs need, though its notifications' own history (days) is gone.
 * And each domain retention deletes what is old and keeps what is recent or still needed.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents"
    })
@ActiveProfiles("demo")
@DirtiesContext
@MovableClock.Used
class HistoryRetentionIT {

  /** Engine history rows that name their root process instance. */
  static final List<String> HISTORY_TABLES =
      List.of(
          "act_hi_procinst",
          "act_hi_actinst",
          "act_hi_taskinst",
          "act_hi_varinst",
          "act_hi_detail",
          "act_hi_identitylink",
          "act_hi_job_log",
          "act_hi_op_log",
          "act_hi_incident");

  @Autowired TestRestTemplate rest;
  @Autowired MovableClock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService history;
  @Autowired RetentionSchedule retention;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  @Test
  void
      aClosedDossierPastRetention_losesItsEngineHistory_keepsItsRecord_aRunningOneKeepsWhatItNeeds()
          throws Exception {
    // closed: a judicial-record certificate, free, its result delivered electronically
    String closed =
        api.submitCode("citizen2", Declarations.judicialRecord(4, "ELECTRONIC", "exempt", 2));
    api.approveJudicialRecord(closed);
    JsonNode delivered = api.awaitStatus("citizen2", closed, "DELIVERED");
    byte[] result = result(closed);
    // running: received, at the specialist's desk
    String running = api.receivedJudicialRecord("citizen2");
    api.awaitTask("cv.congan", running, USER_TASK_ASSESS_DOSSIER);
    awaitNoExecutableJobs();

    List<String> closedRoots = roots(closed);
    List<String> runningNotifications = roots(running, "status-notification");
    assertThat(closedRoots)
        .as("the dossier's process and its status notifications")
        .hasSizeGreaterThan(1);
    assertThat(runningNotifications).isNotEmpty();
    assertThat(historyRows(closedRoots)).isGreaterThan(50);
    // the notifications and watches keep their process instances only; the dossier keeps it all
    for (String light : List.of("status-notification", "stage-deadline", "appointment-watch")) {
      assertThat(roots(closed, light)).as(light).isNotEmpty();
      assertThat(rowsOfProcess("act_hi_actinst", closed, light)).as(light).isZero();
      assertThat(rowsOfProcess("act_hi_varinst", closed, light)).as(light).isZero();
    }
    assertThat(rowsOfProcess("act_hi_actinst", closed, "judicial-record-certificate"))
        .isGreaterThan(5);
    assertThat(rowsOfProcess("act_hi_varinst", closed, "judicial-record-certificate")).isPositive();
    assertThat(ledgerKeys(closed)).isPositive();
    assertThat(ledgerKeys(running)).isPositive();
    assertThat(outboxRows(closed)).isPositive();
    long receptionTasks = receptionTasks(running);
    assertThat(receptionTasks).isPositive();

    // a month on, the appointment watches have woken (the closed dossier's ends: a watch's history
    // counts from its own end); then past the dossier processes' 180 days, and the engine's
    // cleanup runs as in its nightly window
    clock.moveForward(Duration.ofDays(30));
    awaitNoExecutableJobs();
    clock.moveForward(Duration.ofDays(181));
    cleanUpHistory();
    Map<String, Integer> deleted = retention.runAll();

    assertThat(historyRows(closedRoots))
        .as(() -> "the closed dossier's engine history, left: " + historyLeft(closedRoots))
        .isZero();
    assertThat(roots(closed)).isEmpty();
    assertThat(ledgerKeys(closed)).as("no job of the closed dossier can run again").isZero();
    assertThat(outboxRows(closed)).isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from national_portal_push where dossier_code = ?",
                Long.class,
                closed))
        .isZero();
    assertThat(deleted)
        .containsKeys("side_effect_ledger", "outbox_message", "national_portal_push");

    // the record, through the API as the applicant sees it
    JsonNode kept = api.dossier("citizen2", closed);
    assertThat(kept.path("status").path("value").asText()).isEqualTo("DELIVERED");
    assertThat(kept.path("timeline")).hasSameSizeAs(delivered.path("timeline"));
    assertThat(kept.path("appointmentAt")).isEqualTo(delivered.path("appointmentAt"));
    assertThat(result(closed)).isEqualTo(result);

    // the running dossier: its notifications' history (14 days) is gone, its own is whole
    assertThat(roots(running, "status-notification"))
        .doesNotContainAnyElementsOf(runningNotifications);
    assertThat(roots(running, "judicial-record-certificate")).hasSize(1);
    assertThat(receptionTasks(running))
        .as("the reception's task history")
        .isEqualTo(receptionTasks);
    assertThat(ledgerKeys(running)).as("its jobs may still run").isPositive();
    // and its officers take it on to the fee at the counter
    api.completeTask(
        "cv.congan",
        running,
        USER_TASK_ASSESS_DOSSIER,
        Map.of("assessDecision", "propose", "criminalRecordFinding", "none"));
    api.completeTask(
        "ld.congan", running, USER_TASK_APPROVE_DOSSIER, Map.of("approveDecision", "approve"));
    api.awaitStatus("citizen2", running, "AWAITING_PAYMENT");
  }

  /**
   * The engine's window is Vietnam's night whatever the server's zone (the test JVM runs in
   * America/Los_Angeles): as the engine reports it to Cockpit.
   */
  @Test
  void theCleanupWindow_isTheProvincesNight() {
    JsonNode window = api.get("admin", "/engine-rest/history/cleanup/configuration").getBody();
    DateTimeFormatter engine = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    ZonedDateTime start =
        OffsetDateTime.parse(window.path("batchWindowStartTime").asText(), engine)
            .atZoneSameInstant(VietnameseFormats.VIETNAM);
    ZonedDateTime end =
        OffsetDateTime.parse(window.path("batchWindowEndTime").asText(), engine)
            .atZoneSameInstant(VietnameseFormats.VIETNAM);
    assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(22, 0));
    assertThat(end.toLocalTime()).isEqualTo(LocalTime.of(5, 0));
    assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(7));
  }

  @Test
  void eachRetention_deletesWhatIsPast_keepsWhatIsRecentOrStillNeeded() {
    Instant now = clock.instant();
    Instant old = now.minus(Duration.ofDays(400));
    Instant recent = now.minus(Duration.ofHours(1));
    String tag = UUID.randomUUID().toString().substring(0, 8);
    // a dossier whose process is running: its keys stay however old
    String running =
        api.submitCode("citizen2", Declarations.judicialRecord(3, "COUNTER", "exempt", 2));

    ledger("ended-" + tag, "old", old);
    ledger("ended-" + tag, "recent", recent);
    ledger(running, "old-" + tag, old);
    outbox("old-" + tag, old);
    outbox("recent-" + tag, recent);
    push("old-" + tag, old);
    push("recent-" + tag, recent);
    submission("old-" + tag, old);
    submission("recent-" + tag, recent);
    UUID unspentOld = signature(old, null);
    UUID spentOld = signature(old, "spent-" + tag);
    UUID unspentRecent = signature(recent, null);
    UUID lookupExpired =
        code("lookup_request", "citizen_id", "040195004321", now.minus(Duration.ofDays(2)));
    UUID lookupValid =
        code("lookup_request", "citizen_id", "040195004321", now.plus(Duration.ofMinutes(5)));
    UUID accountExpired =
        code("applicant_code", "username", "citizen2", now.minus(Duration.ofDays(2)));
    UUID accountValid =
        code("applicant_code", "username", "citizen2", now.plus(Duration.ofMinutes(5)));

    retention.runAll();

    assertThat(keys("ended-" + tag)).containsExactly("ended-" + tag + "|step|recent");
    assertThat(keys(running)).contains(running + "|step|old-" + tag);
    assertThat(ids("outbox_message", "recipient", "%-" + tag)).containsExactly("recent-" + tag);
    assertThat(ids("national_portal_push", "dossier_code", "%-" + tag))
        .containsExactly("recent-" + tag);
    assertThat(ids("submission_request", "idempotency_key", "%-" + tag))
        .containsExactly("recent-" + tag);
    assertThat(exists("declaration_signature", unspentOld)).as("unspent, old").isFalse();
    assertThat(exists("declaration_signature", spentOld)).as("a dossier's evidence").isTrue();
    assertThat(exists("declaration_signature", unspentRecent)).as("unspent, recent").isTrue();
    assertThat(exists("lookup_request", lookupExpired)).isFalse();
    assertThat(exists("lookup_request", lookupValid)).isTrue();
    assertThat(exists("applicant_code", accountExpired)).isFalse();
    assertThat(exists("applicant_code", accountValid)).isTrue();

    // a second run, as another node's at the same time would, finds nothing more to do
    assertThat(retention.runAll().values()).allMatch(n -> n == 0);
  }

  byte[] result(String code) {
    ResponseEntity<byte[]> answer =
        rest.withBasicAuth("citizen2", ApiClient.PASSWORD)
            .getForEntity("/api/v1/dossiers/" + code + "/result", byte[].class);
    assertThat(answer.getStatusCode().value()).as("the result of " + code).isEqualTo(200);
    return answer.getBody();
  }

  /** Runs the engine's cleanup job now (as its window would) until it finds nothing left. */
  void cleanUpHistory() {
    // the job executor may be moving the job just then (it came due when the clock moved)
    await()
        .atMost(Duration.ofSeconds(10))
        .ignoreException(OptimisticLockingException.class)
        .until(() -> history.cleanUpHistoryAsync(true) != null);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                history.findHistoryCleanupJobs().stream()
                    .allMatch(
                        job ->
                            job.getDuedate() != null
                                && job.getDuedate().after(new Date(clock.millis()))));
  }

  /**
   * Until every job due has run: a job the executor has locked is still running (an appointment
   * watch ending), and counts, or the clock would move on before it ends and its history would
   * count from the later time.
   */
  void awaitNoExecutableJobs() {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from act_ru_job where retries_ > 0"
                            + " and (duedate_ is null or duedate_ <= ?) and handler_type_ <> 'history-cleanup'",
                        Long.class,
                        new Timestamp(clock.millis()))
                    == 0);
  }

  /** The rows of a history table written by the dossier's processes of this key. */
  long rowsOfProcess(String table, String code, String processKey) {
    return jdbc.queryForObject(
        "select count(*) from "
            + table
            + " where proc_inst_id_ in (select id_ from act_hi_procinst"
            + " where business_key_ = ? and proc_def_key_ = ?)",
        Long.class,
        code,
        processKey);
  }

  List<String> roots(String code, String processKey) {
    return jdbc.queryForList(
        "select id_ from act_hi_procinst where business_key_ = ? and proc_def_key_ = ?",
        String.class,
        code,
        processKey);
  }

  List<String> roots(String code) {
    return jdbc.queryForList(
        "select distinct root_proc_inst_id_ from act_hi_procinst where business_key_ = ?",
        String.class,
        code);
  }

  long historyRows(List<String> roots) {
    long rows = 0;
    for (String table : HISTORY_TABLES) {
      for (String root : roots) {
        rows +=
            jdbc.queryForObject(
                "select count(*) from " + table + " where root_proc_inst_id_ = ?",
                Long.class,
                root);
      }
    }
    return rows;
  }

  /** What is left of these roots' history, per table and process, with its removal time. */
  List<Map<String, Object>> historyLeft(List<String> roots) {
    List<Map<String, Object>> left = new ArrayList<>();
    for (String table : HISTORY_TABLES) {
      String key = table.equals("act_hi_job_log") ? "process_def_key_" : "proc_def_key_";
      for (String root : roots) {
        left.addAll(
            jdbc.queryForList(
                "select '"
                    + table
                    + "' as t, "
                    + key
                    + " as process, removal_time_, count(*) as n from "
                    + table
                    + " where root_proc_inst_id_ = ? group by "
                    + key
                    + ", removal_time_",
                root));
      }
    }
    return left;
  }

  long receptionTasks(String code) {
    return jdbc.queryForObject(
        "select count(*) from act_hi_taskinst t join act_hi_procinst p"
            + " on p.id_ = t.proc_inst_id_ where p.business_key_ = ? and t.task_def_key_ = ?",
        Long.class,
        code,
        USER_TASK_RECEIVE_DOSSIER);
  }

  long ledgerKeys(String code) {
    return jdbc.queryForObject(
        "select count(*) from side_effect_ledger where dossier_code = ?", Long.class, code);
  }

  long outboxRows(String code) {
    return jdbc.queryForObject(
        "select count(*) from outbox_message where reference = ? or subject like ?",
        Long.class,
        code,
        "%" + code + "%");
  }

  static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  void ledger(String code, String key, Instant at) {
    jdbc.update(
        "insert into side_effect_ledger (effect_key, dossier_code, step, created_at) values (?, ?, ?, ?)",
        code + "|step|" + key,
        code,
        "step",
        at(at));
  }

  List<String> keys(String code) {
    return jdbc.queryForList(
        "select effect_key from side_effect_ledger where dossier_code = ? and step = 'step'",
        String.class,
        code);
  }

  void outbox(String recipient, Instant at) {
    jdbc.update(
        "insert into outbox_message (channel, recipient, subject, body, created_at) values ('SMS', ?, null, 'x', ?)",
        recipient,
        at(at));
  }

  void push(String code, Instant at) {
    jdbc.update(
        "insert into national_portal_push (dossier_code, procedure_code, national_status, channel, changed_at,"
            + " pushed_at) values (?, '3.000333', 4, 2, ?, ?)",
        code,
        at(at),
        at(at));
  }

  void submission(String key, Instant at) {
    jdbc.update(
        "insert into submission_request (applicant_account, idempotency_key, dossier_code, request_hash,"
            + " created_at) values ('citizen2', ?, 'none', 'h', ?)",
        key,
        at(at));
  }

  UUID signature(Instant at, String dossierCode) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into declaration_signature (id, account, procedure_code, declaration_sha256, channel, destination,"
            + " code_hash, created_at, expires_at, attempts, used_at, dossier_code)"
            + " values (?, 'citizen2', '3.000333', 'sha', 'SMS', '09******21', 'h', ?, ?, 1, ?, ?)",
        id,
        at(at),
        at(at.plus(Duration.ofMinutes(10))),
        at(at.plus(Duration.ofMinutes(1))),
        dossierCode);
    return id;
  }

  UUID code(String table, String ownerColumn, String owner, Instant expiresAt) {
    UUID id = UUID.randomUUID();
    String purpose = table.equals("applicant_code") ? ", purpose" : "";
    jdbc.update(
        "insert into "
            + table
            + " (id, "
            + ownerColumn
            + purpose
            + ", code_hash, created_at, expires_at, attempts) values (?, ?"
            + (purpose.isEmpty() ? "" : ", 'RESET'")
            + ", 'h', ?, ?, 0)",
        id,
        owner,
        at(expiresAt.minus(Duration.ofMinutes(5))),
        at(expiresAt));
    return id;
  }

  List<String> ids(String table, String column, String like) {
    return jdbc.queryForList(
        "select " + column + " from " + table + " where " + column + " like ?", String.class, like);
  }

  boolean exists(String table, UUID id) {
    return jdbc.queryForObject("select count(*) from " + table + " where id = ?", Long.class, id)
        > 0;
  }
}
