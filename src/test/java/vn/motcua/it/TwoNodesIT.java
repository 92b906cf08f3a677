package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.ResourceAccessException;
import vn.motcua.workflow.ProcessElements;

/**
 * Camunda's own cluster, as a province runs it (issue 13, line 2): two application processes on one
 * PostgreSQL and one mail server, started together (Flyway and the demo's seeding run on both at
 * once). Dossiers are worked alternately on both nodes; then one node is killed with {@code kill
 * -9} in the middle of a load of submissions, and every dossier the API accepted finishes on the
 * survivor, each mail, SMS and push sent once. The nodes' job lock is 10 s, so that the survivor
 * takes over the dead node's jobs in seconds rather than the default five minutes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  static final int SUBMISSIONS = Integer.getInteger("twoNodes.submissions", 30);

  static EmbeddedPostgres postgres;
  static GreenMail mail;
  static AppNode a;
  static AppNode b;
  static JdbcTemplate db;

  @BeforeAll
  static void cluster() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    db = new JdbcTemplate(postgres.getPostgresDatabase());
    int smtp = FreePorts.one();
    mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    List<String> settings =
        List.of(
            "--spring.profiles.active=demo,postgres",
            "--MOTCUA_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--MOTCUA_DB_USER=postgres",
            "--MOTCUA_DB_PASSWORD=",
            "--motcua.mail.embedded-server.enabled=false",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp,
            "--camunda.bpm.job-execution.lock-time-in-millis=10000");
    Path folder = Path.of("target", "two-nodes");
    a = AppNode.launch("node-a", folder.resolve("a"), settings);
    b = AppNode.launch("node-b", folder.resolve("b"), settings);
    a.awaitStarted();
    b.awaitStarted();
  }

  @AfterAll
  static void stop() throws Exception {
    for (AppNode node : new AppNode[] {a, b}) {
      if (node != null) {
        node.close();
      }
    }
    if (mail != null) {
      mail.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /**
   * One dossier worked alternately on the two nodes, as the proxy would send a citizen's and the
   * officers' requests: what one node wrote, the other reads.
   */
  @Test
  @Order(1)
  void aDossierWorkedAlternately_onBothNodes_sharesSessionsDocumentsCodesAndLimits()
      throws Exception {
    ApiClient onA = a.api();
    ApiClient onB = b.api();

    PortalClient citizen = PortalClient.signedIn(a.port(), "citizen1");
    HttpResponse<String> account = get(b, "/tai-khoan", citizen.cookieHeader());
    assertThat(account.statusCode()).as("signed in on A, the account page on B").isEqualTo(200);
    assertThat(account.body()).contains("citizen1");

    ResponseEntity<JsonNode> submitted =
        onA.submitWithFiles(
            "citizen1",
            Declarations.birthRegistration(4, "ELECTRONIC", 90),
            List.of(Declarations.birthCertificate()),
            null);
    assertThat(submitted.getStatusCode().value()).as("submitted on A").isEqualTo(201);
    String code = submitted.getBody().path("code").asText();
    onB.completeTask(
        "mc.lamthanh",
        code,
        ProcessElements.USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "accept"));
    onA.completeTask(
        "cv.lamthanh",
        code,
        ProcessElements.USER_TASK_ASSESS_DOSSIER,
        Map.of("assessDecision", "propose"));
    onB.completeTask(
        "ld.lamthanh",
        code,
        ProcessElements.USER_TASK_APPROVE_DOSSIER,
        Map.of("approveDecision", "approve"));
    onA.awaitStatus("citizen1", code, "AWAITING_PAYMENT");
    assertThat(onA.payOnline("citizen1", code, "success")).contains("Giao dịch thành công");
    onB.awaitStatus("citizen1", code, "DELIVERED");

    byte[] fromA = result(a, code);
    byte[] fromB = result(b, code);
    assertThat(new String(fromA, 0, 5)).isEqualTo("%PDF-");
    assertThat(fromB).as("the result, whichever node wrote it, from either node").isEqualTo(fromA);

    ResponseEntity<JsonNode> requested =
        onA.post(
            "citizen1",
            "/api/v1/lookup/citizen-id-requests",
            Map.of("citizenId", ApiClient.CITIZEN_IDS.get("citizen1")));
    assertThat(requested.getStatusCode().value()).isEqualTo(202);
    String requestId = requested.getBody().path("requestId").asText();
    String sms =
        db.queryForObject(
            "select body from outbox_message where reference = ?",
            String.class,
            "lookup:" + requestId);
    Matcher otp = Pattern.compile("\\b(\\d{6})\\b").matcher(sms);
    assertThat(otp.find()).as(sms).isTrue();
    ResponseEntity<JsonNode> found =
        onB.getAnonymous(
            "/api/v1/lookup/citizen-id-requests/" + requestId + "?otp=" + otp.group(1));
    assertThat(found.getStatusCode().value()).as("a code sent by A, used on B").isEqualTo(200);
    assertThat(found.getBody().findValuesAsText("code")).contains(code);

    int allowed = 1; // the look-up by citizen ID above counts as one
    int answered = 0;
    while (answered < 60) {
      AppNode node = answered % 2 == 0 ? a : b;
      int status = node.api().getAnonymous("/api/v1/lookup?code=" + code).getStatusCode().value();
      answered++;
      if (status == 429) {
        break;
      }
      assertThat(status).isEqualTo(200);
      allowed++;
    }
    assertThat(allowed)
        .as("look-ups allowed across both nodes before the first 429 (20 a minute per client)")
        .isBetween(20, 22);

    Map<String, Long> mails = mailsByText();
    assertThat(mails.keySet()).anyMatch(s -> s.contains(code));
    assertThat(mails.entrySet().stream().filter(m -> m.getValue() > 1).map(Map.Entry::getKey))
        .as("mails sent twice")
        .isEmpty();
  }

  static byte[] result(AppNode node, String code) {
    ResponseEntity<byte[]> result =
        node.rest()
            .withBasicAuth("citizen1", ApiClient.PASSWORD)
            .getForEntity("/api/v1/dossiers/" + code + "/result", byte[].class);
    assertThat(result.getStatusCode().value()).as("result from " + node.name).isEqualTo(200);
    return result.getBody();
  }

  static HttpResponse<String> get(AppNode node, String path, String cookies) throws Exception {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Cookie", cookies)
                .header("Accept", "text/html")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(2)
  void aNodeKilledMidLoad_everyAcceptedDossierFinishesOnTheSurvivor_sideEffectsOnce()
      throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    List<String> codes = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger refused = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<?>> load = new ArrayList<>();
    for (int i = 0; i < SUBMISSIONS; i++) {
      AppNode node = i % 2 == 0 ? a : b;
      load.add(
          clients.submit(
              () -> {
                try {
                  ResponseEntity<JsonNode> answer =
                      node.api()
                          .submitWithFiles(
                              "citizen1",
                              Declarations.birthRegistration(4, "ELECTRONIC", 10),
                              List.of(Declarations.birthCertificate()),
                              null);
                  if (answer.getStatusCode().value() == 201) {
                    codes.add(answer.getBody().path("code").asText());
                    accepted.incrementAndGet();
                  } else {
                    refused.incrementAndGet();
                  }
                } catch (ResourceAccessException nodeDown) {
                  refused.incrementAndGet();
                }
              }));
    }
    await().atMost(Duration.ofMinutes(2)).until(() -> accepted.get() >= SUBMISSIONS / 2);
    b.kill();
    for (Future<?> submission : load) {
      submission.get();
    }
    clients.shutdown();
    assertThat(b.alive()).isFalse();
    assertThat(codes).as("accepted before and after the kill").hasSizeGreaterThan(SUBMISSIONS / 2);

    ApiClient survivor = a.api();
    for (String code : codes) {
      survivor.approveBirthRegistration(code);
    }
    for (String code : codes) {
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () -> assertThat(survivor.status("citizen1", code)).as(code).isEqualTo("DELIVERED"));
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        db.queryForObject(
                            "select count(*) from act_ru_job where retries_ > 0"
                                + " and (duedate_ is null or duedate_ <= now())",
                            Long.class))
                    .as("jobs due and not done (timers of later days aside)")
                    .isZero());

    Map<String, Long> mailsByText = mailsByText();
    for (String code : codes) {
      List<String> subjects =
          mailsByText.keySet().stream()
              .filter(m -> m.startsWith("[Một Cửa]") && m.contains(code))
              .toList();
      assertThat(subjects).as("mails about " + code).isNotEmpty();
      assertThat(subjects.stream().filter(s -> mailsByText.get(s) > 1))
          .as("mails about " + code + " sent twice")
          .isEmpty();
    }
    // these dossiers pass each status once (no fee), so one text twice is one message sent twice
    assertThat(
            db
                .queryForList(
                    "select reference || ': ' || body from outbox_message"
                        + " group by channel, recipient, reference, body having count(*) > 1",
                    String.class)
                .stream()
                .filter(row -> codes.stream().anyMatch(row::startsWith)))
        .as("SMS recorded twice")
        .isEmpty();
    assertThat(
            db.queryForList(
                "select dossier_code || ' ' || national_status from national_portal_push"
                    + " group by dossier_code, national_status, changed_at having count(*) > 1",
                String.class))
        .as("pushes to the national portal sent twice")
        .isEmpty();
    System.out.printf(
        "two nodes: %d submissions, node-b killed after %d accepted; %d accepted in all, %d refused"
            + " (node down), all %d delivered on node-a; %d mails, none twice%n",
        SUBMISSIONS,
        SUBMISSIONS / 2,
        codes.size(),
        refused.get(),
        codes.size(),
        mailsByText.values().stream().mapToLong(Long::longValue).sum());
  }

  static Map<String, Long> mailsByText() {
    return Arrays.stream(mail.getReceivedMessages())
        .collect(
            Collectors.groupingBy(m -> mailText(m), LinkedHashMap::new, Collectors.counting()));
  }

  /**
   * A mail as its reader sees it: subject, recipient and text. Two changes to the same status (the
   * result ready at approval, and again once the fee is paid) are two mails with one subject; a
   * mail sent twice is the same text twice.
   */
  static String mailText(MimeMessage message) {
    try {
      return message.getSubject()
          + " → "
          + String.join(",", message.getHeader("To"))
          + "\n"
          + GreenMailUtil.getBody(message);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
