package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_HAND_OVER_RESULT;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * What desks do every day (issue 12, line 7), through the engine's REST API as Tasklist calls it,
 * signed in as each officer: the leader returns a dossier to the specialist with a reason; the
 * specialist hands the task to a colleague of the agency, never outside it; the specialist
 * transfers the dossier to the commune police, whose officers then work and approve it while the
 * commune's no longer see the task; the one-stop officer hands the result over at the counter to
 * the applicant, whose ID must match, or to a representative with the authorisation.
 */
@IntegrationTest
class OfficerDeskIT {

  @Autowired TestRestTemplate rest;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  /** A birth registration of citizen1 (ID 040090001234), received at xã Lam Thành. */
  String received(String delivery) {
    ResponseEntity<JsonNode> submitted =
        api.submitWithFiles(
            "citizen1",
            Declarations.birthRegistration("COUNTER".equals(delivery) ? 3 : 4, delivery, 10),
            List.of(Declarations.birthCertificate()),
            null);
    assertThat(submitted.getStatusCode().value())
        .as(String.valueOf(submitted.getBody()))
        .isEqualTo(201);
    String code = submitted.getBody().path("code").asText();
    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    api.awaitStatus("citizen1", code, "RECEIVED");
    return code;
  }

  String taskId(String officer, String code, String key) {
    return api.awaitTask(officer, code, key).path("id").asText();
  }

  /** The timeline as Lam Thành's officers read it, the agency's own work included. */
  List<String> notes(String code) {
    return api.officerTimelineNotes("ld.lamthanh", code);
  }

  ResponseEntity<JsonNode> complete(String officer, String taskId, Map<String, Object> variables) {
    return api.complete(officer, taskId, variables);
  }

  static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void theLeaderReturnsTheDossier_withAReason_toTheSpecialistWhoAssessedIt() {
    String code = received("ELECTRONIC");
    String assess = taskId("cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER);
    assertThat(
            api.post(
                    "cv.lamthanh",
                    "/engine-rest/task/" + assess + "/claim",
                    Map.of("userId", "cv.lamthanh"))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    assertThat(complete("cv.lamthanh", assess, vars("assessDecision", "propose")).getStatusCode())
        .hasToString("204 NO_CONTENT");
    api.awaitStatus("citizen1", code, "IN_APPROVAL");
    String approve = taskId("ld.lamthanh", code, USER_TASK_APPROVE_DOSSIER);

    ResponseEntity<JsonNode> noReason =
        complete("ld.lamthanh", approve, vars("approveDecision", "return"));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(noReason.getBody().path("message").asText())
        .contains("Lý do: bắt buộc ghi rõ lý do cho quyết định này.");
    assertThat(api.status("citizen1", code)).isEqualTo("IN_APPROVAL");

    assertThat(
            complete(
                    "ld.lamthanh",
                    approve,
                    vars(
                        "approveDecision",
                        "return",
                        "approveReason",
                        "Chưa đối chiếu giấy chứng sinh với bản chính"))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    api.awaitStatus("citizen1", code, "RECEIVED");
    assertThat(notes(code))
        .contains(
            "Phê duyệt kết quả: trả lại hồ sơ cho bước trước để xử lý lại. Lý do: Chưa đối chiếu"
                + " giấy chứng sinh với bản chính")
        .anyMatch(n -> n.endsWith(": giao cho Lê Văn Hùng (cv.lamthanh) xử lý"));
    assertThat(DossierLifecycleScenarios.notes(api.dossier("citizen1", code)))
        .as("the agency's own work is not the applicant's to read")
        .isNotEmpty()
        .noneMatch(n -> n.contains("trả lại hồ sơ") || n.contains("giao cho"));
    JsonNode again = api.awaitTask("cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER);
    assertThat(again.path("assignee").asText())
        .as("back on the desk of the specialist who assessed it")
        .isEqualTo("cv.lamthanh");
    api.completeTask(
        "cv.lamthanh",
        code,
        USER_TASK_ASSESS_DOSSIER,
        Map.of("assessDecision", "propose", "assessReason", "Đã đối chiếu bản chính"));
    api.completeTask(
        "ld.lamthanh", code, USER_TASK_APPROVE_DOSSIER, Map.of("approveDecision", "approve"));
    api.awaitStatus("citizen1", code, "DELIVERED");
  }

  @Test
  void aTaskGoesToAColleagueOfTheAgency_onTheTimeline_neverOutsideIt() {
    String code = received("ELECTRONIC");
    String assess = taskId("cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER);
    api.post(
        "cv.lamthanh", "/engine-rest/task/" + assess + "/claim", Map.of("userId", "cv.lamthanh"));
    assertThat(notes(code)).noneMatch(n -> n.contains("giao cho"));

    ResponseEntity<JsonNode> outside =
        api.post(
            "cv.lamthanh",
            "/engine-rest/task/" + assess + "/assignee",
            Map.of("userId", "cv.hungnguyen"));
    assertThat(outside.getStatusCode().value()).isEqualTo(400);
    assertThat(outside.getBody().path("message").asText())
        .contains("Đặng Văn Nam (cv.hungnguyen)")
        .contains("không thuộc nhóm cán bộ được giao việc này (lamthanh-specialist)");
    ResponseEntity<JsonNode> leader =
        api.post(
            "cv.lamthanh",
            "/engine-rest/task/" + assess + "/assignee",
            Map.of("userId", "ld.lamthanh"));
    assertThat(leader.getStatusCode().value())
        .as("the same agency, another role: not theirs to assess")
        .isEqualTo(400);
    ResponseEntity<JsonNode> nobody =
        api.post(
            "cv.lamthanh", "/engine-rest/task/" + assess + "/assignee", Map.of("userId", "ai.do"));
    assertThat(nobody.getStatusCode().value()).isEqualTo(400);
    assertThat(nobody.getBody().path("message").asText()).contains("không có cán bộ");

    handToTheSecondSpecialist("cv.lamthanh", code, assess);
    assertThat(notes(code))
        .anyMatch(
            n ->
                n.endsWith(
                    ": chuyển xử lý từ Lê Văn Hùng (cv.lamthanh) sang Đỗ Thị Thu (cv2.lamthanh)"));
  }

  @Test
  void theLeaderHandsASpecialistsTask_toASpecialist_butNeitherClaimsNorCompletesIt() {
    String code = received("ELECTRONIC");
    String assess = taskId("cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER);
    assertThat(api.tasks("ld.lamthanh", code))
        .as("the agency's leader sees the specialists' task")
        .extracting(t -> t.path("id").asText())
        .contains(assess);
    assertThat(api.tasks("ld.hungnguyen", code)).as("another agency's leader does not").isEmpty();
    assertThat(
            api.get("ld.lamthanh", "/engine-rest/task/" + assess + "/variables/dossierCode")
                .getStatusCode()
                .value())
        .as("and reads the dossier on it")
        .isEqualTo(200);

    handToTheSecondSpecialist("ld.lamthanh", code, assess);
    assertThat(notes(code)).anyMatch(n -> n.endsWith(": giao cho Đỗ Thị Thu (cv2.lamthanh) xử lý"));

    assertThat(
            api.post(
                    "ld.lamthanh",
                    "/engine-rest/task/" + assess + "/assignee",
                    Map.of("userId", "ld.lamthanh"))
                .getStatusCode()
                .value())
        .as("not to themselves: the assessment is the specialists'")
        .isEqualTo(400);
    assertThat(
            api.post(
                    "ld.lamthanh",
                    "/engine-rest/task/" + assess + "/claim",
                    Map.of("userId", "ld.lamthanh"))
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            api.complete("ld.lamthanh", assess, Map.of("assessDecision", "propose"))
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(api.status("citizen1", code)).isEqualTo("RECEIVED");
  }

  @Test
  void theSpecialistTransfersTheDossierToTheCommunePolice_whoWorkAndApproveIt() throws Exception {
    String code = received("ELECTRONIC");
    String assess = taskId("cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER);
    JsonNode choices =
        api.get(
                "cv.lamthanh",
                "/engine-rest/task/" + assess + "/form-variables?deserializeValues=false")
            .getBody()
            .path("assessTransferChoices");
    assertThat(choices.path("valueInfo").path("serializationDataFormat").asText())
        .as("Tasklist parses it for the select's valuesKey")
        .isEqualTo("application/json");
    JsonNode options = api.readJson(choices.path("value").asText());
    List<String> values = new ArrayList<>();
    options.forEach(o -> values.add(o.path("value").asText()));
    assertThat(values)
        .as("the province first, then the commune's police, never the agency itself")
        .startsWith("nghean", "ca-lamthanh")
        .contains("congan-nghean")
        .doesNotContain("lamthanh", "ttpvhcc-nghean");
    assertThat(options.get(1).path("label").asText()).isEqualTo("Công an xã Lam Thành");

    ResponseEntity<JsonNode> unknown =
        complete(
            "cv.lamthanh",
            assess,
            vars(
                "assessDecision",
                "transfer",
                "assessTransferTo",
                "hungnguyen-x",
                "assessReason",
                "x"));
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody().path("message").asText())
        .contains("Cơ quan chuyển đến: chọn cơ quan nhận hồ sơ trong danh sách.");

    assertThat(
            complete(
                    "cv.lamthanh",
                    assess,
                    vars(
                        "assessDecision",
                        "transfer",
                        "assessTransferTo",
                        "ca-lamthanh",
                        "assessReason",
                        "Cần xác minh nơi cư trú của cha mẹ"))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    assertThat(notes(code))
        .anyMatch(
            n ->
                n.endsWith(
                    ": chuyển hồ sơ từ UBND xã Lam Thành đến Công an xã Lam Thành. Lý do: Cần"
                        + " xác minh nơi cư trú của cha mẹ"));
    assertThat(api.dossier("citizen1", code).path("resolvingAgency").toString())
        .contains("ca-lamthanh");
    JsonNode atPolice = api.awaitTask("cv.congan.lamthanh", code, USER_TASK_ASSESS_DOSSIER);
    assertThat(atPolice.path("assignee").isNull()).isTrue();
    assertThat(api.tasks("cv.lamthanh", code))
        .as("the commune's specialists no longer see the task")
        .isEmpty();
    assertThat(
            rest.withBasicAuth("cv.congan.lamthanh", ApiClient.PASSWORD)
                .getForEntity("/can-bo/ho-so/" + code, String.class)
                .getStatusCode()
                .value())
        .as("the police now work the dossier and open it")
        .isEqualTo(200);

    api.completeTask(
        "cv.congan.lamthanh",
        code,
        USER_TASK_ASSESS_DOSSIER,
        Map.of("assessDecision", "propose", "assessReason", "Đã xác minh"));
    assertThat(api.tasks("ld.lamthanh", code)).isEmpty();
    api.completeTask(
        "ld.congan.lamthanh",
        code,
        USER_TASK_APPROVE_DOSSIER,
        Map.of("approveDecision", "approve"));
    api.awaitStatus("citizen1", code, "DELIVERED");
  }

  @Test
  void theResultIsHandedOver_toTheApplicantWhoseIdMatches_orARepresentativeWithAuthorisation() {
    String code = received("COUNTER");
    api.completeTask(
        "cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER, Map.of("assessDecision", "propose"));
    api.completeTask(
        "ld.lamthanh", code, USER_TASK_APPROVE_DOSSIER, Map.of("approveDecision", "approve"));
    String handOver = taskId("mc.lamthanh", code, USER_TASK_HAND_OVER_RESULT);

    ResponseEntity<JsonNode> wrongId =
        complete(
            "mc.lamthanh",
            handOver,
            vars(
                "recipientKind",
                "applicant",
                "recipientName",
                "Nguyễn Văn An",
                "recipientIdNumber",
                "040090009999",
                "resultHandedOver",
                true));
    assertThat(wrongId.getStatusCode().value()).isEqualTo(400);
    assertThat(wrongId.getBody().path("message").asText())
        .contains("Số CCCD của người nhận: không khớp với số CCCD của người nộp hồ sơ");

    ResponseEntity<JsonNode> unchecked = complete("mc.lamthanh", handOver, representative(false));
    assertThat(unchecked.getStatusCode().value()).isEqualTo(400);
    assertThat(unchecked.getBody().path("message").asText())
        .contains("Đã đối chiếu bản chính văn bản ủy quyền");
    assertThat(api.status("citizen1", code)).isEqualTo("RESULT_READY");

    assertThat(complete("mc.lamthanh", handOver, representative(true)).getStatusCode().value())
        .isEqualTo(204);
    api.awaitStatus("citizen1", code, "DELIVERED");
    assertThat(notes(code))
        .contains(
            "Đã trả kết quả: tại Bộ phận một cửa, người nhận Trần Thị Bình, người được ủy quyền"
                + " (CCCD ********4321; văn bản ủy quyền số 15/2026/UQ ngày 01/12/2025)")
        .noneMatch(n -> n.contains("040195004321"));
    String instances =
        String.join(
            ",",
            api.get(
                    "admin",
                    "/engine-rest/history/process-instance?processInstanceBusinessKey="
                        + code
                        + "&maxResults=100")
                .getBody()
                .findValuesAsText("id"));
    String history =
        api.get(
                    "admin",
                    "/engine-rest/history/variable-instance?processInstanceIdIn="
                        + instances
                        + "&maxResults=2000")
                .getBody()
                .toString()
            + api.get(
                    "admin",
                    "/engine-rest/history/detail?processInstanceIdIn="
                        + instances
                        + "&maxResults=2000")
                .getBody()
                .toString();
    assertThat(history)
        .as("who received the result stays out of the engine's history")
        .contains("resultHandedOver")
        .doesNotContain("040195004321")
        .doesNotContain("Trần Thị Bình")
        .doesNotContain("15/2026/UQ");
  }

  /** Trần Thị Bình receives the result for the applicant, with authorisation 15/2026/UQ. */
  static Map<String, Object> representative(boolean authorisationChecked) {
    return vars(
        "recipientKind",
        "representative",
        "recipientName",
        "Trần Thị Bình",
        "recipientIdNumber",
        "040195004321",
        "authorisationNumber",
        "15/2026/UQ",
        "authorisationDate",
        "2025-12-01",
        "authorisationChecked",
        authorisationChecked,
        "resultHandedOver",
        true);
  }

  /** {@code officer} hands the assessment to cv2.lamthanh, who then holds it. */
  void handToTheSecondSpecialist(String officer, String code, String assess) {
    assertThat(
            api.post(
                    officer,
                    "/engine-rest/task/" + assess + "/assignee",
                    Map.of("userId", "cv2.lamthanh"))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    assertThat(
            api.awaitTask("cv2.lamthanh", code, USER_TASK_ASSESS_DOSSIER).path("assignee").asText())
        .isEqualTo("cv2.lamthanh");
  }
}
