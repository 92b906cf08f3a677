package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_APOLOGY;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_DRAFT_APOLOGY;
import static vn.motcua.workflow.ProcessElements.USER_TASK_FOLLOW_UP_OVERDUE;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.notification.Outbox;
import vn.motcua.notification.OutboxMessage;
import vn.motcua.shared.VietnameseFormats;

/**
 * Issue 12, line 6: a dossier run late, with the job executor driving the timers as in production
 * and the time moved forward ({@link MovableClock}). A birth registration received on Tuesday
 * 24/11/2026 at 09:00-ish is due at 17:00 the same day; its assessment has 70 % of that time and
 * its approval 20 % more (the descriptor's shares). The specialist is mailed a reminder with a
 * quarter of the stage's time left; once the stage is overdue the leader is mailed and given a
 * follow-up task while the specialist keeps working; when the officers' stages should all be done
 * and the dossier is still in their hands, the specialists draft the apology (a bad date is refused
 * with the field named), the leader previews slip 04 and approves it, and the applicant is told:
 * the appointment moves, the timeline says why, the slip is theirs to download.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:deadlines;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents"
    })
@ActiveProfiles("demo")
@DirtiesContext
@MovableClock.Used
@BrowserTest
class DeadlinesIT {

  @Autowired TestRestTemplate rest;
  @Autowired MovableClock clock;
  @Autowired Outbox outbox;
  @LocalServerPort int port;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  @Test
  void aDossierRunLate_remindsEscalatesAndApologises_withTheLeadersApproval(Browser browser)
      throws Exception {
    String code = api.submitOnlineBirthRegistration("citizen1");
    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    JsonNode received = api.awaitStatus("citizen1", code, "RECEIVED");
    Instant appointment = Instant.parse(received.path("appointmentAt").asText());
    assertThat(local(appointment)).isEqualTo(LocalDateTime.parse("2026-11-24T17:00"));

    // the assessment is due when 70 % of the day's working time has run (about 14:30), and the
    // officer will be reminded with a quarter of it left (Tasklist shows it as the follow-up)
    JsonNode assess = api.awaitTask("cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER);
    LocalDateTime due = engineDate(assess.path("due").asText());
    LocalDateTime followUp = engineDate(assess.path("followUp").asText());
    assertThat(due).isBetween(at("14:30"), at("15:00"));
    assertThat(followUp).isBetween(at("13:00"), at("13:40"));

    // a reminder, to the specialists (nobody has claimed the task)
    moveTo(followUp.plusMinutes(5));
    OutboxMessage reminder = awaitMail("cv.lamthanh@motcua.example.vn", "Nhắc việc");
    assertThat(reminder.subject()).contains(code);
    assertThat(reminder.body())
        .contains("Thẩm định hồ sơ")
        .contains(VietnameseFormats.dateTime(due.atZone(VietnameseFormats.VIETNAM).toInstant()));
    assertThat(mailsTo("ld.lamthanh@motcua.example.vn", code)).isEmpty();

    // overdue: the leader is mailed and gets a follow-up; the specialist's task stays
    moveTo(due.plusMinutes(5));
    OutboxMessage alarm = awaitMail("ld.lamthanh@motcua.example.vn", "quá hạn");
    assertThat(alarm.body()).contains("Thẩm định hồ sơ").contains("chưa có người nhận xử lý");
    JsonNode followUpTask = api.awaitTask("ld.lamthanh", code, USER_TASK_FOLLOW_UP_OVERDUE);
    assertThat(api.tasks("cv.lamthanh", code))
        .extracting(t -> t.path("taskDefinitionKey").asText())
        .contains(USER_TASK_ASSESS_DOSSIER);
    assertThat(api.tasks("cv.lamthanh", code))
        .as("the follow-up is the leader's alone")
        .extracting(t -> t.path("taskDefinitionKey").asText())
        .doesNotContain(USER_TASK_FOLLOW_UP_OVERDUE);
    assertThat(api.officerTimelineNotes("ld.lamthanh", code))
        .anySatisfy(n -> assertThat(n).contains("Thẩm định hồ sơ: quá hạn xử lý"));
    assertThat(timelineNotes(code))
        .as("the applicant does not read the agency's own reminders")
        .noneMatch(n -> n.contains("quá hạn xử lý"));
    api.completeTask(
        "ld.lamthanh",
        code,
        USER_TASK_FOLLOW_UP_OVERDUE,
        Map.of("followUpInstruction", "Đề nghị hoàn thành trong chiều nay"));
    assertThat(followUpTask.path("id").asText()).isNotBlank();
    assertThat(api.officerTimelineNotes("ld.lamthanh", code))
        .anySatisfy(n -> assertThat(n).contains("Đề nghị hoàn thành trong chiều nay"));

    // at 90 % of the way the dossier is still with the specialist: an apology is due
    moveTo(at("16:20"));
    JsonNode draft = api.awaitTask("cv.lamthanh", code, USER_TASK_DRAFT_APOLOGY);
    // as the specialist sees it in Tasklist: the form, accessible
    Page specialist =
        openInTasklist(browser, "cv.lamthanh", "Lập văn bản xin lỗi, hẹn lại ngày trả " + code);
    specialist.getByText("Ngày hẹn trả kết quả mới").first().waitFor();
    specialist.getByLabel("Lý do chậm trả kết quả").waitFor();
    Browser.screenshot(specialist, "tasklist-apology-draft");
    assertThat(
            Browser.seriousAccessibilityViolations(
                specialist, "body", TasklistBrowserIT.TASKLIST_CHROME))
        .isEmpty();
    ResponseEntity<JsonNode> refused =
        api.complete(
            "cv.lamthanh",
            draft.path("id").asText(),
            Map.of(
                "newAppointment", "2026-11-24", "apologyReason", "Chờ xác minh giấy chứng sinh"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().toString())
        .contains("Ngày hẹn trả kết quả mới")
        .contains("phải sau ngày hẹn hiện tại");
    ResponseEntity<JsonNode> weekend =
        api.complete(
            "cv.lamthanh",
            draft.path("id").asText(),
            Map.of("newAppointment", "2026-11-28", "apologyReason", "Chờ xác minh"));
    assertThat(weekend.getBody().toString()).contains("không phải ngày làm việc");
    api.completeTask(
        "cv.lamthanh",
        code,
        USER_TASK_DRAFT_APOLOGY,
        Map.of(
            "newAppointment",
            "2026-11-25",
            "apologyReason",
            "Cần xác minh giấy chứng sinh với bệnh viện"));

    // the leader reads exactly what will be sent, then approves it
    Page leader = openInTasklist(browser, "ld.lamthanh", "Duyệt văn bản xin lỗi " + code);
    leader.getByText("Cần xác minh giấy chứng sinh với bệnh viện").first().waitFor();
    assertThat(leader.locator(".fjs-container").innerText())
        .contains("Ngày hẹn trả kết quả mới: 25/11/2026");
    assertThat(
            leader
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem trước (PDF)"))
                .getAttribute("href"))
        .isEqualTo("/can-bo/ho-so/" + code + "/phieu/04.pdf");
    Browser.screenshot(leader, "tasklist-apology-approve");
    assertThat(
            Browser.seriousAccessibilityViolations(
                leader, "body", TasklistBrowserIT.TASKLIST_CHROME))
        .isEmpty();
    assertThat(pdfText(officerPdf("ld.lamthanh", "/can-bo/ho-so/" + code + "/phieu/04.pdf")))
        .contains("25/11/2026")
        .contains("Cần xác minh giấy chứng sinh với bệnh viện");
    assertThat(
            rest.withBasicAuth("citizen1", ApiClient.PASSWORD)
                .getForEntity("/api/v1/dossiers/" + code + "/slips/04.pdf", byte[].class)
                .getStatusCode()
                .value())
        .as("a draft is not the applicant's")
        .isEqualTo(404);
    api.completeTask(
        "ld.lamthanh", code, USER_TASK_APPROVE_APOLOGY, Map.of("apologyDecision", "approve"));

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        local(
                            Instant.parse(
                                api.dossier("citizen1", code).path("appointmentAt").asText())))
                    .isEqualTo(LocalDateTime.parse("2026-11-25T17:00")));
    assertThat(timelineNotes(code))
        .anySatisfy(
            n ->
                assertThat(n)
                    .contains("Xin lỗi")
                    .contains("17:00 ngày 25/11/2026")
                    .contains("Cần xác minh giấy chứng sinh với bệnh viện"));
    ResponseEntity<byte[]> slip =
        rest.withBasicAuth("citizen1", ApiClient.PASSWORD)
            .getForEntity("/api/v1/dossiers/" + code + "/slips/04.pdf", byte[].class);
    assertThat(slip.getStatusCode().value()).isEqualTo(200);
    assertThat(pdfText(slip.getBody()))
        .contains("VĂN BẢN XIN LỖI")
        .contains("24/11/2026")
        .contains("25/11/2026");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(outbox.recent(200))
                    .anySatisfy(
                        m ->
                            assertThat(m.reference() + " " + m.body())
                                .contains(code)
                                .contains("Xin lỗi")));

    // the specialist finishes: the stage's watch ends with it
    api.completeTask(
        "cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER, Map.of("assessDecision", "propose"));
    api.awaitStatus("citizen1", code, "IN_APPROVAL");
  }

  /** Tasklist signed in as {@code officer}, the group's task of that name open. */
  Page openInTasklist(Browser browser, String officer, String taskName) {
    Page page = browser.page(1366, 900, "vi-VN");
    page.clock().setSystemTime(clock.millis());
    page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/");
    TasklistBrowserIT.fillSignIn(page, officer);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    TasklistBrowserIT.filterNamed(page, "Việc của nhóm").click();
    page.locator(".tasks-list").getByText(taskName).first().click();
    page.locator(".fjs-container").waitFor();
    return page;
  }

  /** The engine's REST API writes dates in the JVM's zone: {@code 2026-11-23T23:35:53.885-0800}. */
  static LocalDateTime engineDate(String text) {
    return local(OffsetDateTime.parse(text, ENGINE_DATE).toInstant());
  }

  static final DateTimeFormatter ENGINE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  LocalDateTime at(String time) {
    return LocalDateTime.parse("2026-11-24T" + time);
  }

  static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, VietnameseFormats.VIETNAM);
  }

  void moveTo(LocalDateTime when) {
    Duration by = Duration.between(LocalDateTime.now(clock), when);
    if (!by.isNegative()) {
      clock.moveForward(by);
    }
  }

  OutboxMessage awaitMail(String to, String subjectPart) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                outbox.recent(200).stream()
                    .filter(m -> m.recipient().equals(to) && m.subject().contains(subjectPart))
                    .findFirst(),
            Optional::isPresent)
        .get();
  }

  List<OutboxMessage> mailsTo(String to, String code) {
    return outbox.recent(200).stream()
        .filter(m -> m.recipient().equals(to) && code.equals(m.reference()))
        .toList();
  }

  List<String> timelineNotes(String code) {
    return api.dossier("citizen1", code).path("timeline").findValuesAsText("note");
  }

  byte[] officerPdf(String officer, String path) {
    ResponseEntity<byte[]> response =
        rest.withBasicAuth(officer, ApiClient.PASSWORD).getForEntity(path, byte[].class);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response.getBody();
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
