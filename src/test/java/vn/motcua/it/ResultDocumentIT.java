package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The real result over HTTP: each procedure issues its own document from the template deployed with
 * it; the leader previews it from the approval task; what is issued is exactly what was previewed
 * at approval, even when the data changes afterwards. Writes the issued results as samples ({@link
 * Samples}).
 */
@IntegrationTest
class ResultDocumentIT {

  @Autowired TestRestTemplate rest;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  @Test
  void birthRegistration_issuesTheBirthExtractTheLeaderPreviewed() throws Exception {
    var submitted =
        api.submitWithFiles(
            "citizen1",
            Declarations.birthRegistration(4, "ELECTRONIC", 10),
            List.of(Declarations.birthCertificate()),
            null);
    assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(201);
    String code = submitted.getBody().path("code").asText();
    String birthDate =
        TestClock.today().minusDays(10).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    api.completeTask(
        "cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER, Map.of("assessDecision", "propose"));
    api.awaitTask("ld.lamthanh", code, USER_TASK_APPROVE_DOSSIER);

    byte[] preview = preview("ld.lamthanh", code);
    String previewText = text(preview);
    assertThat(previewText)
        .contains("TRÍCH LỤC KHAI SINH")
        .contains("Nguyễn Minh Khôi")
        .contains(birthDate)
        .contains("Bệnh viện Sản Nhi Nghệ An")
        .contains("Trần Thị Hoa")
        .contains(code);
    assertThat(title(preview)).startsWith("Trích lục khai sinh");
    assertThat(status("cv.congan", code)).as("another agency's officer").isEqualTo(403);
    assertThat(status("citizen1", code)).as("the applicant does not preview").isEqualTo(403);

    api.completeTask(
        "ld.lamthanh", code, USER_TASK_APPROVE_DOSSIER, Map.of("approveDecision", "approve"));
    api.awaitStatus("citizen1", code, "DELIVERED");
    byte[] issued = issuedResult("citizen1", code);
    Samples.result("1.001193", issued);
    assertThat(text(issued)).as("issued as previewed").isEqualTo(previewText);
    assertThat(preview("ld.lamthanh", code)).as("the frozen result").isEqualTo(issued);
  }

  @Test
  void judicialRecord_issuesTheCertificateWithItsTypeAndFinding_asApproved() throws Exception {
    String code =
        api.submitCode("citizen2", Declarations.judicialRecord(4, "ELECTRONIC", "standard", 2));
    api.completeTask(
        "mc.tinh",
        code,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "accept", "identityChecked", true));
    api.completeTask(
        "cv.congan",
        code,
        USER_TASK_ASSESS_DOSSIER,
        Map.of("assessDecision", "propose", "criminalRecordFinding", "none"));
    api.awaitTask("ld.congan", code, USER_TASK_APPROVE_DOSSIER);

    byte[] preview = preview("ld.congan", code);
    String previewText = text(preview);
    assertThat(previewText)
        .contains("PHIẾU LÝ LỊCH TƯ PHÁP")
        .contains("Phiếu số 1")
        .contains("TRẦN THỊ BÌNH")
        .contains("08/03/1995")
        .contains("Tình trạng án tích")
        .contains("Không có án tích");
    assertThat(status("ld.lamthanh", code)).as("another agency's leader").isEqualTo(403);

    api.completeTask(
        "ld.congan", code, USER_TASK_APPROVE_DOSSIER, Map.of("approveDecision", "approve"));
    api.awaitStatus("citizen2", code, "AWAITING_PAYMENT");
    // a change after approval (here, the assessment's finding) does not change what is issued
    String instance =
        api.firstId(
            "admin",
            "/engine-rest/process-instance?processDefinitionKey=judicial-record-certificate"
                + "&businessKey="
                + code
                + "&maxResults=1");
    assertThat(
            api.put(
                    "admin",
                    "/engine-rest/process-instance/"
                        + instance
                        + "/variables/criminalRecordFinding",
                    Map.of("value", "has", "type", "String"))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    assertThat(api.payOnline("citizen2", code, "success")).contains("Giao dịch thành công");
    api.awaitStatus("citizen2", code, "DELIVERED");

    byte[] issued = issuedResult("citizen2", code);
    Samples.result("3.000333", issued);
    assertThat(text(issued)).isEqualTo(previewText).doesNotContain("Có án tích");
    assertThat(preview("ld.congan", code)).isEqualTo(issued);
  }

  byte[] preview(String officer, String code) {
    ResponseEntity<byte[]> answer =
        rest.withBasicAuth(officer, ApiClient.PASSWORD)
            // where the approval form links it, in the officer's Tasklist session or by Basic
            .getForEntity("/can-bo/ho-so/" + code + "/ket-qua/xem-truoc.pdf", byte[].class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(answer.getHeaders().getContentType()).hasToString("application/pdf");
    return answer.getBody();
  }

  int status(String user, String code) {
    return rest.withBasicAuth(user, ApiClient.PASSWORD)
        .getForEntity("/api/v1/dossiers/" + code + "/result/preview.pdf", String.class)
        .getStatusCode()
        .value();
  }

  byte[] issuedResult(String citizen, String code) {
    ResponseEntity<byte[]> result =
        rest.withBasicAuth(citizen, ApiClient.PASSWORD)
            .getForEntity("/api/v1/dossiers/" + code + "/result", byte[].class);
    assertThat(result.getStatusCode().value()).isEqualTo(200);
    return result.getBody();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static String title(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return String.valueOf(document.getDocumentInformation().getTitle());
    }
  }
}
