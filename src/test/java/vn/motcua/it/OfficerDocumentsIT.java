package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The documents at an officer's hand (issue 12, line 2): from the task form's summary, the whole
 * dossier on one printable page and each document opened inline, for the officers of the agencies
 * that work the dossier only, signed in to Tasklist or with their Camunda account; every opening on
 * record. The leader's approval form shows the specialist's opinion.
 */
@IntegrationTest
class OfficerDocumentsIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  /** A birth registration with its birth certificate, received at xã Lam Thành. */
  String received() {
    String code = api.submitOnlineBirthRegistration("citizen1");
    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    api.awaitStatus("citizen1", code, "RECEIVED");
    return code;
  }

  String summaryOf(String officer, String code, String task) {
    JsonNode t = api.awaitTask(officer, code, task);
    return api.get(officer, "/engine-rest/task/" + t.path("id").asText() + "/form-variables")
        .getBody()
        .path("dossierSummary")
        .path("value")
        .asText();
  }

  ResponseEntity<byte[]> open(String user, String path) {
    return (user == null ? rest : rest.withBasicAuth(user, ApiClient.PASSWORD))
        .getForEntity(path, byte[].class);
  }

  @Test
  void theTaskFormLinksTheDossierAndItsDocuments_whichOpenInline_onRecord() {
    String code = received();
    String summary = summaryOf("cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER);
    assertThat(summary)
        .contains("(/can-bo/ho-so/" + code + ")")
        .as("the receipt and the process-control slip, opened in the same session")
        .contains(
            "[01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả](/can-bo/ho-so/" + code + "/phieu/01.pdf)")
        .contains("(/can-bo/ho-so/" + code + "/phieu/06.pdf)");
    ResponseEntity<byte[]> receipt = open("cv.lamthanh", "/can-bo/ho-so/" + code + "/phieu/01.pdf");
    assertThat(receipt.getStatusCode().value()).isEqualTo(200);
    assertThat(receipt.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(
            open("cv.hungnguyen", "/can-bo/ho-so/" + code + "/phieu/06.pdf")
                .getStatusCode()
                .value())
        .isEqualTo(403);
    Matcher link =
        Pattern.compile("\\(/can-bo/ho-so/[^/)]+/giay-to/([0-9a-f-]{36})\\)").matcher(summary);
    assertThat(link.find()).as("the birth certificate is a link: %s", summary).isTrue();
    String document = "/can-bo/ho-so/" + code + "/giay-to/" + link.group(1);

    ResponseEntity<byte[]> page = open("cv.lamthanh", "/can-bo/ho-so/" + code);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    String html = new String(page.getBody(), StandardCharsets.UTF_8);
    assertThat(html)
        .as("the declaration with its form's labels, the documents, the timeline")
        .contains("Tờ khai")
        .contains("Nguyễn Minh Khôi")
        .contains("Trần Thị Hoa")
        .contains(document)
        .contains("Giấy chứng sinh")
        .contains("Quá trình xử lý")
        .contains("Tiếp nhận hồ sơ; hẹn trả kết quả");

    ResponseEntity<byte[]> pdf = open("cv.lamthanh", document);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
    assertThat(pdf.getBody()).isEqualTo(Declarations.PDF);

    assertThat(
            jdbc.queryForList(
                "select what from officer_access where dossier_code = ? and officer = ?"
                    + " order by id",
                String.class,
                code,
                "cv.lamthanh"))
        .containsExactly("DOSSIER", "DOCUMENT");
  }

  @Test
  void anotherAgencysOfficer_aCitizen_andNobody_cannotOpenIt() {
    String code = received();
    String document =
        "/can-bo/ho-so/"
            + code
            + "/giay-to/"
            + api.dossier("citizen1", code).path("components").get(0).path("documentId").asText();
    for (String path : List.of("/can-bo/ho-so/" + code, document)) {
      assertThat(open("cv.hungnguyen", path).getStatusCode().value())
          .as("another commune's specialist: %s", path)
          .isEqualTo(403);
      assertThat(open("cv.congan.lamthanh", path).getStatusCode().value())
          .as("the police, who do not work a birth registration")
          .isEqualTo(403);
      assertThat(open("citizen1", path).getStatusCode().value())
          .as("the citizen's account is not an officer's")
          .isEqualTo(401);
      assertThat(open(null, path).getStatusCode().value()).isEqualTo(401);
    }
    assertThat(
            open("cv.lamthanh", "/can-bo/ho-so/000.00.00.H40-000000-0000").getStatusCode().value())
        .isEqualTo(404);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from officer_access where dossier_code = ?", Integer.class, code))
        .as("a refused opening is not a reading")
        .isZero();
  }

  @Test
  void anOfficerSignedInToTasklist_opensItWithoutSigningInAgain() {
    String code = received();
    CamundaWebappSession tasklist = new CamundaWebappSession(rest, "tasklist");
    assertThat(
            tasklist
                .exchange(HttpMethod.GET, "/can-bo/ho-so/" + code, null)
                .getStatusCode()
                .value())
        .as("not signed in yet")
        .isEqualTo(401);
    assertThat(tasklist.signIn("tasklist", "cv.lamthanh", ApiClient.PASSWORD)).isEqualTo(200);
    ResponseEntity<String> page = tasklist.exchange(HttpMethod.GET, "/can-bo/ho-so/" + code, null);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("Nguyễn Minh Khôi");

    CamundaWebappSession other = new CamundaWebappSession(rest, "tasklist");
    other.signIn("tasklist", "cv.hungnguyen", ApiClient.PASSWORD);
    assertThat(
            other.exchange(HttpMethod.GET, "/can-bo/ho-so/" + code, null).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void theLeaderReadsTheSpecialistsOpinionOnTheApprovalForm() {
    String code = received();
    api.completeTask(
        "cv.lamthanh",
        code,
        USER_TASK_ASSESS_DOSSIER,
        Map.of(
            "assessDecision",
            "propose",
            "assessReason",
            "Giấy chứng sinh hợp lệ, đề nghị đăng ký khai sinh"));
    assertThat(summaryOf("ld.lamthanh", code, USER_TASK_APPROVE_DOSSIER))
        .contains("Quá trình xử lý")
        .contains("Giấy chứng sinh hợp lệ, đề nghị đăng ký khai sinh");
  }
}
