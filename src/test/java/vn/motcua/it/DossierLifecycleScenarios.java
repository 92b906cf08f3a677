package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_COLLECT_COUNTER_PAYMENT;
import static vn.motcua.workflow.ProcessElements.USER_TASK_HAND_OVER_RESULT;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A level-3 and a level-4 dossier of each procedure from submission to delivery, through the HTTP
 * interface: the citizen's API, the officers' /engine-rest, the payment and post sandboxes. Run on
 * H2 and on a real PostgreSQL by the subclasses.
 */
abstract class DossierLifecycleScenarios {

  @Autowired TestRestTemplate rest;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  String submitted(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode().value())
        .as("submission: " + response.getBody())
        .isEqualTo(201);
    JsonNode dossier = response.getBody();
    assertThat(dossier.path("status").path("nationalCode").asInt()).isEqualTo(1);
    assertThat(response.getHeaders().getLocation())
        .hasToString("/api/v1/dossiers/" + dossier.path("code").asText());
    return dossier.path("code").asText();
  }

  @Test
  void birthRegistration_level4_lateRegistration_paidOnline_deliveredElectronically() {
    ResponseEntity<JsonNode> response =
        api.submitWithFiles(
            "citizen1",
            Declarations.birthRegistration(4, "ELECTRONIC", 90),
            List.of(Declarations.birthCertificate()),
            null);
    String code = submitted(response);
    assertThat(code).matches("000\\.40\\.11\\.H40-\\d{6}-\\d{4}");
    assertThat(response.getBody().path("feeAmount").asLong()).isEqualTo(8000);
    assertThat(response.getBody().path("components").get(0).path("source").asText())
        .isEqualTo("UPLOAD");

    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    assertThat(
            api.awaitStatus("citizen1", code, "RECEIVED")
                .path("status")
                .path("nationalCode")
                .asInt())
        .isEqualTo(2);
    api.completeTask(
        "cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER, Map.of("assessDecision", "propose"));
    api.completeTask(
        "ld.lamthanh", code, USER_TASK_APPROVE_DOSSIER, Map.of("approveDecision", "approve"));

    JsonNode awaiting = api.awaitStatus("citizen1", code, "AWAITING_PAYMENT");
    assertThat(awaiting.path("status").path("nationalCode").asInt()).isEqualTo(6);
    assertThat(api.payOnline("citizen1", code, "success")).contains("Giao dịch thành công");

    JsonNode delivered = api.awaitStatus("citizen1", code, "DELIVERED");
    assertThat(delivered.path("status").path("nationalCode").asInt()).isEqualTo(10);
    assertThat(delivered.path("completedAt").isNull()).isFalse();
    assertThat(notes(delivered))
        .anyMatch(n -> n.matches(".*trực tuyến, mã giao dịch \\d{8}.*"))
        .anyMatch(n -> n.contains("kết quả điện tử"));
    assertThat(api.tasks("mc.lamthanh", code)).isEmpty();

    ResponseEntity<byte[]> result =
        rest.withBasicAuth("citizen1", ApiClient.PASSWORD)
            .getForEntity("/api/v1/dossiers/" + code + "/result", byte[].class);
    assertThat(result.getStatusCode().value()).isEqualTo(200);
    assertThat(result.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(new String(result.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(
            rest.withBasicAuth("citizen2", ApiClient.PASSWORD)
                .getForEntity("/api/v1/dossiers/" + code + "/result", String.class)
                .getStatusCode()
                .value())
        .as("another citizen")
        .isEqualTo(404);
  }

  @Test
  void birthRegistration_level3_paidAtTheCounter_handedOverAtTheCounter() {
    String code =
        submitted(
            api.submitWithFiles(
                "citizen1",
                Declarations.birthRegistration(3, "COUNTER", 75),
                List.of(Declarations.birthCertificate()),
                null));
    api.approveBirthRegistration(code);
    api.completeTask(
        "mc.lamthanh",
        code,
        USER_TASK_COLLECT_COUNTER_PAYMENT,
        Map.of("receiptNumber", "BL-2026-000123"));
    JsonNode delivered = handedOver("mc.lamthanh", "citizen1", code, "Nguyễn Văn An");
    assertThat(notes(delivered))
        .anyMatch(n -> n.contains("biên lai số BL-2026-000123"))
        .anyMatch(n -> n.contains("người nhận Nguyễn Văn An"));
    assertThat(
            api.get("citizen1", "/api/v1/dossiers/" + code + "/payment")
                .getBody()
                .path("receiptNumber")
                .asText())
        .isEqualTo("BL-2026-000123");
  }

  @Test
  void judicialRecord_level4_paidOnline_deliveredByPublicPost() {
    ResponseEntity<JsonNode> response =
        api.submit("citizen2", Declarations.judicialRecord(4, "POST", "standard", 3), null);
    String code = submitted(response);
    assertThat(code).startsWith("000.00.04.H40-");
    assertThat(response.getBody().path("feeAmount").asLong())
        .as("200.000 + one copy beyond two")
        .isEqualTo(205000);
    assertThat(response.getBody().path("receivingUnit").asText()).isEqualTo("ttpvhcc-nghean");
    assertThat(response.getBody().path("resolvingAgency").asText()).isEqualTo("congan-nghean");

    api.approveJudicialRecord(code);
    api.awaitStatus("citizen2", code, "AWAITING_PAYMENT");
    api.payOnline("citizen2", code, "success");

    api.awaitStatus("citizen2", code, "DISPATCHED");
    String tracking =
        api.get("citizen2", "/api/v1/dossiers/" + code + "/delivery")
            .getBody()
            .path("trackingCode")
            .asText();
    assertThat(tracking).matches("EA\\d{9}VN");
    assertThat(
            rest.postForEntity("/sandbox/post/" + tracking + "/delivered", null, String.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);
    JsonNode delivered = api.awaitStatus("citizen2", code, "DELIVERED");
    assertThat(notes(delivered)).anyMatch(n -> n.contains("mã bưu gửi " + tracking));
  }

  @Test
  void judicialRecord_level3_exemptFromTheFee_handedOverAtTheCounter() {
    ResponseEntity<JsonNode> response =
        api.submit("citizen2", Declarations.judicialRecord(3, "COUNTER", "exempt", 2), null);
    String code = submitted(response);
    assertThat(response.getBody().path("feeAmount").asLong()).isZero();
    api.approveJudicialRecord(code);
    JsonNode delivered = handedOver("mc.tinh", "citizen2", code, "Trần Thị Bình");
    assertThat(notes(delivered)).noneMatch(n -> n.contains("nộp phí"));
  }

  /** The officer hands the result over at the counter: the dossier, once delivered. */
  JsonNode handedOver(String officer, String applicant, String code, String recipient) {
    api.completeTask(
        officer,
        code,
        USER_TASK_HAND_OVER_RESULT,
        Map.of("resultHandedOver", true, "recipientName", recipient));
    return api.awaitStatus(applicant, code, "DELIVERED");
  }

  static List<String> notes(JsonNode dossier) {
    List<String> notes = new ArrayList<>();
    dossier.path("timeline").forEach(event -> notes.add(event.path("note").asText()));
    return notes;
  }
}
