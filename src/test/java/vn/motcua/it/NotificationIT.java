package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_RESEND_CHANNEL;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.workflow.ProcessVariables;

/**
 * Every status change tells the applicant by mail (real SMTP: GreenMail) and SMS, and the national
 * portal; a mail server that is down becomes retries and then an incident, and once it is back and
 * the incident resolved exactly one mail arrives; a notification step run twice sends once.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:notification;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents",
      "motcua.mail.embedded-server.enabled=false",
      "spring.mail.host=127.0.0.1"
    })
@ActiveProfiles("demo")
@DirtiesContext
class NotificationIT {

  /**
   * Chosen once: the test stops and restarts the mail server, which must come back where the
   * application sends.
   */
  static final int SMTP_PORT = FreePorts.one();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.port", () -> SMTP_PORT);
  }

  static final String CITIZEN_MAIL = "binh.tran@example.vn";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  String submitJudicialRecord() {
    return api.submitCode("citizen2", Declarations.judicialRecord(4, "ELECTRONIC", "standard", 2));
  }

  List<MimeMessage> mailsAbout(String code) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains(code))
        .toList();
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  String notificationInstance(String code) {
    JsonNode instances =
        api.get(
                "admin",
                "/engine-rest/history/process-instance?processDefinitionKey=status-notification"
                    + "&processInstanceBusinessKey="
                    + code
                    + "&sortBy=startTime&sortOrder=asc&maxResults=10")
            .getBody();
    return instances.get(0).path("id").asText();
  }

  @Test
  void everyStatusChange_reachesTheApplicant_byMailAndSms_andThePortal() throws Exception {
    String code = submitJudicialRecord();
    await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(code).size() == 1);
    assertThat(subject(mailsAbout(code).get(0)))
        .isEqualTo("[Một Cửa] Hồ sơ " + code + ": Mới đăng ký");
    assertThat(mailsAbout(code).get(0).getContent().toString())
        .as("links the public look-up page")
        .contains("/tra-cuu?code=" + code);

    api.completeTask(
        "mc.tinh",
        code,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "accept", "identityChecked", true));
    await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(code).size() == 2);
    assertThat(mailsAbout(code))
        .extracting(NotificationIT::subject)
        .contains("[Một Cửa] Hồ sơ " + code + ": Đã tiếp nhận");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              String outbox =
                  rest.withBasicAuth("admin", "demo").getForObject("/admin/outbox", String.class);
              assertThat(outbox)
                  .contains("0987654321")
                  .contains("MotCua: Ho so " + code + " - Da tiep nhan")
                  .contains(CITIZEN_MAIL);
              assertThat(outbox)
                  .as("the national portal received status 1 and 2")
                  .contains("<td>" + code + "</td><td>3.000333</td><td>1</td>")
                  .contains("<td>" + code + "</td><td>3.000333</td><td>2</td>");
            });
  }

  @Test
  void smtpDown_retriesThenIncident_neverBlocksTheOfficer_andOnceBackExactlyOneMailArrives() {
    smtp.stop();
    String code = submitJudicialRecord();
    String notification = notificationInstance(code);
    String jobPath =
        "/engine-rest/job?processInstanceId="
            + notification
            + "&activityId=serviceTask_resendChannel&maxResults=1";
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(api.get("admin", jobPath).getBody().toString())
                    .contains("\"retries\":2"));
    String job = api.get("admin", jobPath).getBody().get(0).path("id").asText();
    assertThat(rest.withBasicAuth("admin", "demo").getForObject("/admin/outbox", String.class))
        .as("the SMS and the portal went out all the same")
        .contains("MotCua: Ho so " + code)
        .contains("<td>" + code + "</td><td>3.000333</td><td>1</td>");

    // the officer works on while mail is down
    api.completeTask(
        "mc.tinh",
        code,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "accept", "identityChecked", true));

    while (api.get("admin", jobPath).getBody().get(0).path("retries").asInt() > 0) {
      assertThat(
              api.post("admin", "/engine-rest/job/" + job + "/execute", Map.of())
                  .getStatusCode()
                  .value())
          .isEqualTo(500);
    }
    JsonNode incidents =
        api.get(
                "admin",
                "/engine-rest/incident?processInstanceId=" + notification + "&maxResults=10")
            .getBody();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).path("incidentType").asText()).isEqualTo("failedJob");
    assertThat(incidents.get(0).path("activityId").asText()).isEqualTo(SERVICE_TASK_RESEND_CHANNEL);
    assertThat(incidents.get(0).path("incidentMessage").asText())
        .as("names the channel")
        .startsWith("email of " + code + " failed");

    smtp.start();
    // what an operator does in Cockpit: give the job a retry (and, here, make it due now rather
    // than in five minutes)
    assertThat(
            api.put("admin", "/engine-rest/job/" + job + "/retries", Map.of("retries", 1))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    String now =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .format(TestClock.now().atZone(ZoneOffset.UTC));
    assertThat(
            api.put("admin", "/engine-rest/job/" + job + "/duedate", Map.of("duedate", now))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> mailsAbout(code).stream().anyMatch(m -> subject(m).endsWith("Mới đăng ký")));
    await()
        .pollDelay(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(mailsAbout(code))
                    .filteredOn(m -> subject(m).endsWith("Mới đăng ký"))
                    .hasSize(1));
    assertThat(
            api.get(
                    "admin",
                    "/engine-rest/incident?processInstanceId=" + notification + "&maxResults=10")
                .getBody())
        .isEmpty();
  }

  @Test
  void aNotificationStepRunTwice_sendsOneMail() {
    String code = submitJudicialRecord();
    await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(code).size() == 1);
    notificationInstance(code);
    // the notification's one variable, the change it tells of: its history is light (no
    // variables), so it is read where the change is, on the dossier's timeline
    String changeId =
        jdbc.queryForObject(
            "select cast(t.change_id as varchar(36)) from dossier_timeline t"
                + " join dossier d on d.id = t.dossier_id where d.code = ?"
                + " and t.status = 'SUBMITTED' and t.change_id is not null",
            String.class,
            code);
    Map<String, Object> replay =
        Map.of(ProcessVariables.CHANGE_ID, Map.of("value", changeId, "type", "String"));

    // the same step of the same change again, as a job whose lock expired would run on another node
    ResponseEntity<JsonNode> again =
        api.post(
            "admin",
            "/engine-rest/process-definition/key/status-notification/start",
            Map.of("businessKey", code, "variables", replay));
    assertThat(again.getStatusCode().value()).as(String.valueOf(again.getBody())).isEqualTo(200);
    String second = again.getBody().path("id").asText();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                api.get("admin", "/engine-rest/history/process-instance/" + second)
                    .getBody()
                    .path("state")
                    .asText()
                    .equals("COMPLETED"));
    assertThat(mailsAbout(code)).hasSize(1);
  }

  @Test
  void anElectronicResult_isMailedAsAPdf() throws Exception {
    String code =
        api.submitCode("citizen2", Declarations.judicialRecord(4, "ELECTRONIC", "exempt", 2));
    api.approveJudicialRecord(code);
    api.awaitStatus("citizen2", code, "DELIVERED");
    MimeMessage mail =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    mailsAbout(code).stream()
                        .filter(
                            m -> subject(m).equals("[Một Cửa] Kết quả giải quyết hồ sơ " + code))
                        .findFirst()
                        .orElse(null),
                Objects::nonNull);
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    BodyPart attachment = parts.getBodyPart(1);
    assertThat(attachment.getFileName()).isEqualTo("ket-qua-" + code + ".pdf");
    assertThat(attachment.getContentType()).startsWith("application/pdf");
    byte[] pdf = attachment.getInputStream().readAllBytes();
    assertThat(Arrays.copyOf(pdf, 5)).isEqualTo("%PDF-".getBytes());
    try (var document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .as("Vietnamese text, readable and searchable")
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains(code);
    }
  }

  /** The receipt and appointment (slip 01) rides on the mail that tells of the reception. */
  @Test
  void theReceptionMail_carriesTheReceiptAsAPdf() throws Exception {
    String code = submitJudicialRecord();
    api.completeTask(
        "mc.tinh",
        code,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "accept", "identityChecked", true));
    String fileName = "giay-tiep-nhan-" + code + ".pdf";
    BodyPart attachment =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> {
                  for (MimeMessage mail : mailsAbout(code)) {
                    if (mail.getContent() instanceof MimeMultipart parts) {
                      for (int i = 0; i < parts.getCount(); i++) {
                        if (fileName.equals(parts.getBodyPart(i).getFileName())) {
                          return parts.getBodyPart(i);
                        }
                      }
                    }
                  }
                  return null;
                },
                Objects::nonNull);
    assertThat(attachment.getContentType()).startsWith("application/pdf");
    try (var document = Loader.loadPDF(attachment.getInputStream().readAllBytes())) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
          .contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH NGHỆ AN")
          .contains(code);
    }
  }

  @Test
  void theOutboxIsForAdministratorsOnly() {
    assertThat(rest.getForEntity("/admin/outbox", String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(
            rest.withBasicAuth("mc.tinh", "demo")
                .getForEntity("/admin/outbox", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            rest.withBasicAuth("citizen1", "demo")
                .getForEntity("/admin/outbox", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
    assertThat(
            rest.withBasicAuth("admin", "demo")
                .getForEntity("/admin/outbox", String.class)
                .getBody())
        .contains("Hộp thư đi");
  }
}
