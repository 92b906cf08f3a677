package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.shared.VietnameseFormats;

/**
 * Interlinked group A of Decree 63/2024 through HTTP (docs/interlinked.md): one dossier submitted
 * by a citizen, received once, then worked part by part by the commune People's Committee, the
 * commune police and Social Insurance, the birth's result reaching the later parts without being
 * typed again; the citizen and the public look-up follow each part.
 */
@IntegrationTest
class InterlinkedGroupIT {

  static final String GROUP_A = "LOCAL.LT-KS";

  /** How the engine's REST API writes dates. */
  static final DateTimeFormatter ENGINE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @LocalServerPort int port;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  static Map<String, Object> groupA() {
    Map<String, Object> form = new HashMap<>();
    form.put("applicantFullName", "Nguyễn Văn An");
    form.put("applicantCitizenId", "040090001234");
    form.put("applicantRelationship", "father");
    form.put("applicantPhone", "0912345678");
    form.put("applicantResidence", "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An");
    form.put("childFullName", "Nguyễn Minh Khôi");
    form.put("childSex", "male");
    form.put("childBirthDate", TestClock.today().minusDays(10).toString());
    form.put("childEthnicity", "Kinh");
    form.put("childNationality", "Việt Nam");
    form.put("childBirthPlace", "Bệnh viện Sản Nhi Nghệ An");
    form.put("childHomeTown", "Xã Lam Thành, tỉnh Nghệ An");
    form.put("motherFullName", "Trần Thị Hoa");
    form.put("motherBirthYear", 1994);
    form.put("fatherFullName", "Nguyễn Văn An");
    form.put("fatherBirthYear", 1990);
    form.put("childResidenceAddress", "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An");
    form.put("householdHeadFullName", "Nguyễn Văn An");
    form.put("householdHeadCitizenId", "040090001234");
    form.put("relationshipToHead", "child");
    form.put("primaryCareFacility", "Trạm y tế xã Lam Thành");
    Map<String, Object> dossier = new HashMap<>();
    dossier.put("procedureCode", GROUP_A);
    dossier.put("level", 4);
    dossier.put("resolvingAgency", "lamthanh");
    dossier.put("deliveryMethod", "ELECTRONIC");
    dossier.put("formData", form);
    dossier.put(
        "components",
        List.of(Map.of("requirementCode", "BIRTH_CERTIFICATE", "file", "birthCertificate")));
    return dossier;
  }

  @Test
  void theCatalogueShowsTheGroupWithItsParts() {
    JsonNode group = api.getAnonymous("/api/v1/procedures/" + GROUP_A).getBody();
    assertThat(rows(group.path("parts"), " ", "key", "procedure", "agencyKind"))
        .containsExactly(
            "birth 1.001193 PEOPLES_COMMITTEE",
            "residence 1.004222 POLICE",
            "healthInsurance LOCAL.BHYT-TE6 SOCIAL_INSURANCE");
    assertThat(group.path("timeLimit").path("workingDays").asInt()).isEqualTo(3);
    assertThat(group.path("timeLimit").path("sameDayCutoff").asText()).startsWith("15:00");
  }

  /** Submitted by citizen1 as the API takes it, and received at xã Lam Thành's one-stop desk. */
  String submittedAndReceived() {
    ResponseEntity<JsonNode> response =
        api.submitWithFiles("citizen1", groupA(), List.of(Declarations.birthCertificate()), null);
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
    JsonNode dossier = response.getBody();
    String code = dossier.path("code").asText();
    assertThat(statuses(dossier))
        .as("one dossier, three parts, each at its own agency")
        .containsExactly(
            "birth lamthanh WAITING",
            "residence ca-lamthanh WAITING",
            "healthInsurance bhxh-hungnguyen WAITING");
    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    JsonNode received = api.awaitStatus("citizen1", code, "RECEIVED");
    assertThat(statuses(received))
        .containsExactly(
            "birth lamthanh IN_PROGRESS",
            "residence ca-lamthanh WAITING",
            "healthInsurance bhxh-hungnguyen WAITING");
    List<String> due = rows(received.path("parts"), "", "dueAt");
    assertThat(due).doesNotContain("", "null");
    assertThat(due.get(0)).as("the birth is due before the residence").isLessThan(due.get(1));
    assertThat(due.get(2)).isLessThanOrEqualTo(received.path("appointmentAt").asText());
    return code;
  }

  void birthRegistered(String code) {
    assertThat(api.tasks("cv.congan.lamthanh", code))
        .as("the police see nothing before the birth is registered")
        .isEmpty();
    api.completeTask(
        "cv.lamthanh",
        code,
        "userTask_birth",
        Map.of(
            "birthDecision",
            "done",
            "birthRegistrationNumber",
            "15/2026",
            "childPersonalId",
            "040226001234"));
  }

  @Test
  void groupA_everyAgencyDoesItsPart_theBirthResultFeedsTheNext_delivered() {
    String code = submittedAndReceived();
    birthRegistered(code);

    JsonNode task = api.awaitTask("cv.congan.lamthanh", code, "userTask_residence");
    String summary =
        api.get(
                "cv.congan.lamthanh",
                "/engine-rest/task/" + task.path("id").asText() + "/form-variables")
            .getBody()
            .path("dossierSummary")
            .path("value")
            .asText();
    assertThat(summary)
        .as("the police read the birth's result on their task, not retyped")
        .contains("Các phần của nhóm thủ tục liên thông")
        .contains("Số đăng ký khai sinh: 15/2026")
        .contains("Số định danh cá nhân của trẻ: 040226001234")
        .contains("Công an xã Lam Thành");
    assertThat(api.tasks("cv.bhxh.hungnguyen", code)).isEmpty();
    api.completeTask(
        "cv.congan.lamthanh",
        code,
        "userTask_residence",
        Map.of(
            "residenceDecision",
            "done",
            "residenceAddress",
            "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An"));
    api.completeTask(
        "cv.bhxh.hungnguyen",
        code,
        "userTask_healthInsurance",
        Map.of("healthInsuranceDecision", "done", "healthInsuranceCardNumber", "TE1404012345678"));

    JsonNode delivered = api.awaitStatus("citizen1", code, "DELIVERED");
    assertThat(statuses(delivered))
        .containsExactly(
            "birth lamthanh DONE",
            "residence ca-lamthanh DONE",
            "healthInsurance bhxh-hungnguyen DONE");
    assertThat(result(delivered.path("parts").get(2)))
        .as("the card carries the child's personal id from the birth")
        .containsEntry("healthInsuranceCardNumber", "TE1404012345678")
        .containsEntry("childPersonalId", "040226001234");
    assertThat(result(delivered.path("parts").get(1)))
        .containsEntry("childPersonalId", "040226001234");
    assertThat(notes(delivered))
        .as("the timeline records each part's step")
        .anyMatch(n -> n.startsWith("Đăng ký khai sinh (UBND xã Lam Thành): đã xong"))
        .anyMatch(n -> n.startsWith("Đăng ký thường trú (Công an xã Lam Thành): đã xong"))
        .anyMatch(n -> n.contains("đủ kết quả của nhóm thủ tục liên thông"));

    JsonNode lookup = api.getAnonymous("/api/v1/lookup?code=" + code).getBody();
    assertThat(lookup.path("status").path("value").asText()).isEqualTo("DELIVERED");
    assertThat(rows(lookup.path("parts"), " / ", "name", "status"))
        .containsExactly(
            "Đăng ký khai sinh / DONE",
            "Đăng ký thường trú / DONE",
            "Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi / DONE");
    assertThat(lookup.toString())
        .as("the public look-up shows no personal data")
        .doesNotContain("040226001234", "TE1404012345678", "Nguyễn Văn An", "15/2026");
  }

  @Test
  void groupA_policeRefuse_theHealthInsurancePartIsCancelledWithTheReason() throws Exception {
    String code = submittedAndReceived();
    birthRegistered(code);
    api.completeTask(
        "cv.congan.lamthanh",
        code,
        "userTask_residence",
        Map.of(
            "residenceDecision",
            "refuse",
            "residenceReason",
            "Chủ hộ không đồng ý cho đăng ký thường trú"));

    JsonNode ended = api.awaitStatus("citizen1", code, "DELIVERED");
    assertThat(statuses(ended))
        .containsExactly(
            "birth lamthanh DONE",
            "residence ca-lamthanh REFUSED",
            "healthInsurance bhxh-hungnguyen CANCELLED");
    JsonNode card = ended.path("parts").get(2);
    assertThat(card.path("reason").asText())
        .contains("Đăng ký thường trú")
        .contains("Chủ hộ không đồng ý cho đăng ký thường trú");
    assertThat(ended.path("parts").get(1).path("reason").asText())
        .isEqualTo("Chủ hộ không đồng ý cho đăng ký thường trú");
    assertThat(api.tasks("cv.bhxh.hungnguyen", code))
        .as("Social Insurance never gets the part")
        .isEmpty();
    assertThat(result(ended.path("parts").get(0)))
        .as("the birth registered stays the citizen's result")
        .containsEntry("birthRegistrationNumber", "15/2026");
    ResponseEntity<byte[]> paper =
        rest.withBasicAuth("citizen1", ApiClient.PASSWORD)
            .getForEntity("/api/v1/dossiers/" + code + "/result", byte[].class);
    assertThat(paper.getStatusCode().value()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(paper.getBody())) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .as("the electronic result states each part")
          .contains("Phần 1: Đăng ký khai sinh: Đã xong (UBND xã Lam Thành)")
          .contains("Số đăng ký khai sinh: 15/2026")
          .contains("Phần 2: Đăng ký thường trú: Bị từ chối (Công an xã Lam Thành)")
          .contains("Phần 3: Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi: Đã hủy");
    }

    JsonNode lookup = api.getAnonymous("/api/v1/lookup?code=" + code).getBody();
    assertThat(rows(lookup.path("parts"), "", "status"))
        .containsExactly("DONE", "REFUSED", "CANCELLED");

    String page = new PortalClient(port).get("/tra-cuu?code=" + code).body();
    assertThat(page)
        .as("the portal's look-up page shows the parts")
        .contains("Các phần của nhóm thủ tục liên thông")
        .contains("Công an xã Lam Thành")
        .contains("Bị từ chối")
        .contains("Đã hủy")
        .doesNotContain("Chủ hộ không đồng ý");
    PortalClient citizen = new PortalClient(port);
    citizen.login("citizen1", "demo");
    assertThat(citizen.get("/ho-so-cua-toi/" + code).body())
        .as("the citizen's page shows each part, its result and its reason")
        .contains("Số đăng ký khai sinh: 15/2026")
        .contains("Chủ hộ không đồng ý cho đăng ký thường trú")
        .contains("Bảo hiểm xã hội cơ sở Hưng Nguyên");
  }

  @Test
  void groupA_birthRefused_theGroupStops() {
    String code = submittedAndReceived();
    api.completeTask(
        "cv.lamthanh",
        code,
        "userTask_birth",
        Map.of("birthDecision", "refuse", "birthReason", "Giấy chứng sinh không hợp lệ"));
    JsonNode stopped = api.awaitStatus("citizen1", code, "STOPPED");
    assertThat(statuses(stopped))
        .containsExactly(
            "birth lamthanh REFUSED",
            "residence ca-lamthanh CANCELLED",
            "healthInsurance bhxh-hungnguyen CANCELLED");
  }

  /**
   * Group B as the national portal's interlinked-service software sends it (the demo's sandbox
   * sample): the death registered by the commune, the residence deleted by the police, the funeral
   * allowance granted by Social Insurance with the death's registration number carried over; each
   * status goes back to the portal with its national id.
   */
  @Test
  void groupB_sentByTheNationalPortal_everyAgencyDoesItsPart_statusGoesBackWithTheNationalId() {
    JsonNode sample =
        api.getAnonymous("/sandbox/national-portal/sample?sample=interlinked-death").getBody();
    String nationalId = sample.path("nationalId").asText();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> sent =
        rest.postForEntity(
            "/sandbox/national-portal/dossiers",
            new HttpEntity<>(sample.toString(), json),
            JsonNode.class);
    assertThat(sent.getStatusCode().value()).as("%s", sent.getBody()).isEqualTo(201);
    String code = sent.getBody().path("code").asText();

    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    api.completeTask(
        "cv.lamthanh",
        code,
        "userTask_death",
        Map.of("deathDecision", "done", "deathRegistrationNumber", "07/2026"));
    assertThat(lookedUpParts(code))
        .containsExactly(
            "Đăng ký khai tử / UBND xã Lam Thành / DONE",
            "Xóa đăng ký thường trú / Công an xã Lam Thành / IN_PROGRESS",
            "Giải quyết trợ cấp mai táng / Bảo hiểm xã hội cơ sở Hưng Nguyên / WAITING");
    api.completeTask(
        "cv.congan.lamthanh",
        code,
        "userTask_residenceDeletion",
        Map.of(
            "residenceDeletionDecision",
            "done",
            "residenceDeletedOn",
            TestClock.today().toString()));
    api.completeTask(
        "cv.bhxh.hungnguyen",
        code,
        "userTask_funeral",
        Map.of(
            "funeralDecision",
            "done",
            "funeralDecisionNumber",
            "112/QĐ-BHXH",
            "funeralAllowanceAmount",
            23_400_000));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        api.getAnonymous("/api/v1/lookup?code=" + code)
                            .getBody()
                            .path("status")
                            .path("value")
                            .asText())
                    .isEqualTo("DELIVERED"));
    assertThat(lookedUpParts(code)).allMatch(p -> p.endsWith("/ DONE"));
    assertThat(
            jdbc.queryForObject(
                "select p.result from dossier_part p join dossier d on d.id = p.dossier_id"
                    + " where d.code = ? and p.part_key = 'funeral'",
                String.class,
                code))
        .as("Social Insurance's result carries the death's registration number")
        .contains("112/QĐ-BHXH")
        .contains("07/2026");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(api.nationalPortalPushes(code))
                    .as("received (2), done (9) and delivered (10), each with the national id")
                    .anyMatch(r -> r.contains("<td>1.011537</td><td>2</td>"))
                    .anyMatch(r -> r.contains("<td>1.011537</td><td>10</td>"))
                    .allMatch(r -> r.contains("<td>" + nationalId + "</td>")));
  }

  private List<String> lookedUpParts(String code) {
    return rows(
        api.getAnonymous("/api/v1/lookup?code=" + code).getBody().path("parts"),
        " / ",
        "name",
        "agency",
        "status");
  }

  /**
   * A verification moves group A's appointment from 3 to 5 working days once: received on Tuesday
   * 24/11/2026, due Friday 27/11, then Tuesday 01/12; the open parts' due dates move with it, the
   * applicant is told what is verified, and the part comes back to the officer.
   */
  @Test
  void groupA_aVerificationGivesTheGroupFiveWorkingDays_once() {
    String code = submittedAndReceived();
    JsonNode before = api.dossier("citizen1", code);
    assertThat(dateOf(before.path("appointmentAt"))).isEqualTo("2026-11-27");
    String residenceDue = before.path("parts").get(1).path("dueAt").asText();

    api.completeTask(
        "cv.lamthanh",
        code,
        "userTask_birth",
        Map.of("birthDecision", "verify", "birthReason", "Xác minh việc sinh tại nhà"));
    JsonNode task = api.awaitTask("cv.lamthanh", code, "userTask_birth");
    JsonNode after = api.dossier("citizen1", code);
    assertThat(dateOf(after.path("appointmentAt")))
        .as("5 working days from Tuesday 24/11")
        .isEqualTo("2026-12-01");
    assertThat(after.path("status").path("value").asText()).isEqualTo("RECEIVED");
    assertThat(statuses(after)).first().isEqualTo("birth lamthanh IN_PROGRESS");
    assertThat(after.path("parts").get(1).path("dueAt").asText())
        .as("the residence's due date moves with the appointment")
        .isGreaterThan(residenceDue);
    assertThat(OffsetDateTime.parse(task.path("due").asText(), ENGINE_DATE).toInstant())
        .as("the birth's task, back with the officer, is due by its new date")
        .isEqualTo(Instant.parse(after.path("parts").get(0).path("dueAt").asText()));
    assertThat(notes(after))
        .anyMatch(
            n ->
                n.contains("cần xác minh (Xác minh việc sinh tại nhà)")
                    && n.contains("05 ngày làm việc")
                    && n.contains("01/12/2026"));

    birthRegistered(code);
    api.completeTask(
        "cv.congan.lamthanh",
        code,
        "userTask_residence",
        Map.of("residenceDecision", "verify", "residenceReason", "Xác minh chỗ ở hợp pháp"));
    api.awaitTask("cv.congan.lamthanh", code, "userTask_residence");
    JsonNode again = api.dossier("citizen1", code);
    assertThat(dateOf(again.path("appointmentAt")))
        .as("the limit with verification applies once")
        .isEqualTo("2026-12-01");
    assertThat(notes(again)).anyMatch(n -> n.contains("xác minh thêm (Xác minh chỗ ở hợp pháp)"));
  }

  @Test
  void aPartRefusedWithoutAReason_isNotTaken() {
    String code = submittedAndReceived();
    JsonNode task = api.awaitTask("cv.lamthanh", code, "userTask_birth");
    ResponseEntity<JsonNode> attempt =
        api.complete("cv.lamthanh", task.path("id").asText(), Map.of("birthDecision", "refuse"));
    assertThat(attempt.getStatusCode().value()).isEqualTo(400);
    assertThat(attempt.getBody().path("message").asText()).contains("Lý do: bắt buộc ghi rõ lý do");
    assertThat(statuses(api.dossier("citizen1", code)))
        .first()
        .isEqualTo("birth lamthanh IN_PROGRESS");
  }

  private static List<String> statuses(JsonNode dossier) {
    return rows(dossier.path("parts"), " ", "key", "agency", "status/value");
  }

  /** Each element of {@code array} as its fields' texts ({@code a/b}: a nested field) joined. */
  private static List<String> rows(JsonNode array, String separator, String... fields) {
    List<String> rows = new ArrayList<>();
    array.forEach(
        element -> {
          List<String> texts = new ArrayList<>();
          for (String field : fields) {
            texts.add(element.at("/" + field).asText());
          }
          rows.add(String.join(separator, texts));
        });
    return rows;
  }

  private static String dateOf(JsonNode instant) {
    return LocalDate.ofInstant(Instant.parse(instant.asText()), VietnameseFormats.VIETNAM)
        .toString();
  }

  private static List<String> notes(JsonNode dossier) {
    return rows(dossier.path("timeline"), "", "note");
  }

  private static Map<String, String> result(JsonNode part) {
    Map<String, String> values = new HashMap<>();
    part.path("result")
        .forEach(r -> values.put(r.path("field").asText(), r.path("value").asText()));
    return values;
  }
}
