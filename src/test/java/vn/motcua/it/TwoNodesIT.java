package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

    Map<String, Long> mailsBySubject = mailsBySubject();
    for (String code : codes) {
      List<String> subjects =
          mailsBySubject.keySet().stream().filter(s -> s.contains(code)).toList();
      assertThat(subjects).as("mails about " + code).isNotEmpty();
      assertThat(subjects.stream().filter(s -> mailsBySubject.get(s) > 1))
          .as("mails about " + code + " sent twice")
          .isEmpty();
    }
    assertThat(
            db.queryForList(
                "select reference from outbox_message where reference is not null"
                    + " group by reference having count(*) > 1",
                String.class))
        .as("SMS or mails recorded twice")
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
        mailsBySubject.values().stream().mapToLong(Long::longValue).sum());
  }

  static Map<String, Long> mailsBySubject() {
    return java.util.Arrays.stream(mail.getReceivedMessages())
        .collect(
            Collectors.groupingBy(
                m -> subjectAndRecipient(m), java.util.LinkedHashMap::new, Collectors.counting()));
  }

  static String subjectAndRecipient(MimeMessage message) {
    try {
      return message.getSubject() + " → " + String.join(",", message.getHeader("To"));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
