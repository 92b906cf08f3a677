package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What goes wrong, and what must not: bad input, other people's dossiers, repeats, races. */
@IntegrationTest
class DossierApiIT {

  @Autowired TestRestTemplate rest;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  int myDossiers(String user) {
    return api.get(user, "/api/v1/dossiers").getBody().size();
  }

  String submitBirth(String user) {
    ResponseEntity<JsonNode> response =
        api.submitWithFiles(
            user,
            Declarations.birthRegistration(4, "ELECTRONIC", 10),
            List.of(Declarations.birthCertificate()),
            null);
    assertThat(response.getStatusCode().value())
        .as(String.valueOf(response.getBody()))
        .isEqualTo(201);
    return response.getBody().path("code").asText();
  }

  static List<String> errorFields(ResponseEntity<JsonNode> response) {
    List<String> fields = new ArrayList<>();
    response
        .getBody()
        .path("errors")
        .forEach(e -> fields.add(e.path("field").asText() + ":" + e.path("code").asText()));
    return fields;
  }

  static String messages(ResponseEntity<JsonNode> response) {
    StringBuilder all = new StringBuilder();
    response
        .getBody()
        .path("errors")
        .forEach(e -> all.append(e.path("message").asText()).append('\n'));
    return all.toString();
  }

  @Test
  void anonymousCallers_seeTheCatalogue_butNotDossiers() {
    assertThat(api.getAnonymous("/api/v1/procedures").getStatusCode().value()).isEqualTo(200);
    assertThat(api.getAnonymous("/api/v1/dossiers").getStatusCode().value()).isEqualTo(401);
    assertThat(api.get("citizen1", "/api/v1/dossiers").getStatusCode().value()).isEqualTo(200);
    assertThat(
            rest.withBasicAuth("citizen1", "wrong")
                .getForEntity("/api/v1/dossiers", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
  }

  @Test
  void invalidDeclaration_isRefusedField_byField_inVietnamese_andNothingIsSaved() {
    int before = myDossiers("citizen1");
    Map<String, Object> dossier = Declarations.birthRegistration(4, "COUNTER", 10);
    @SuppressWarnings("unchecked")
    Map<String, Object> form = (Map<String, Object>) dossier.get("formData");
    form.remove("childFullName");
    form.put("applicantCitizenId", "040090001");
    form.put("motherBirthYear", "một chín chín tư");
    ResponseEntity<JsonNode> response =
        api.submitWithFiles("citizen1", dossier, List.of(Declarations.birthCertificate()), null);

    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(response.getBody().path("title").asText())
        .isEqualTo("Thông tin gửi lên chưa hợp lệ");
    assertThat(errorFields(response))
        .contains(
            "childFullName:form.required",
            "applicantCitizenId:citizenId.format",
            "motherBirthYear:form.number",
            "deliveryMethod:submission.level4NeedsRemoteDelivery");
    assertThat(messages(response))
        .contains("số định danh cá nhân phải gồm đúng 12 chữ số")
        .contains("vui lòng nhập thông tin bắt buộc")
        .contains("mức 4");
    assertThat(myDossiers("citizen1")).isEqualTo(before);
  }

  @Test
  void errorsComeInEnglish_whenTheClientAsksForIt() {
    Map<String, Object> dossier = Declarations.birthRegistration(4, "ELECTRONIC", 10);
    dossier.put("components", List.of());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));
    ResponseEntity<JsonNode> response =
        rest.withBasicAuth("citizen1", "demo")
            .exchange(
                "/api/v1/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(dossier, headers),
                JsonNode.class);
    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(response))
        .containsExactly("BIRTH_CERTIFICATE:submission.documentRequired");
    assertThat(messages(response)).contains("Giấy chứng sinh: this document is required");
  }

  @Test
  void aDocumentFromTheRepository_isReusedOnceOnly_andAnExpiredOrForeignOneIsRefused() {
    ResponseEntity<JsonNode> stored =
        api.uploadDocument("citizen1", "BIRTH_CERTIFICATE", Declarations.birthCertificate());
    assertThat(stored.getStatusCode().value()).isEqualTo(201);
    String documentId = stored.getBody().path("id").asText();
    assertThat(api.get("citizen1", "/api/v1/documents").getBody().findValuesAsText("id"))
        .contains(documentId);

    Map<String, Object> dossier = Declarations.birthRegistration(4, "ELECTRONIC", 10);
    dossier.put(
        "components",
        List.of(Map.of("requirementCode", "BIRTH_CERTIFICATE", "documentId", documentId)));
    ResponseEntity<JsonNode> reused = api.submit("citizen1", dossier, null);
    assertThat(reused.getStatusCode().value()).as(String.valueOf(reused.getBody())).isEqualTo(201);
    JsonNode components = reused.getBody().path("components");
    assertThat(components.findValuesAsText("source"))
        .containsExactlyInAnyOrder("REPOSITORY", "DATABASE_LOOKUP");
    assertThat(components.findValuesAsText("reference")).anyMatch(r -> r.contains("040090001234"));

    dossier.put(
        "components",
        List.of(
            Map.of(
                "requirementCode",
                "BIRTH_CERTIFICATE",
                "documentId",
                documentId,
                "validUntil",
                TestClock.today().minusDays(1).toString())));
    ResponseEntity<JsonNode> expired = api.submit("citizen1", dossier, null);
    assertThat(expired.getStatusCode().value()).isEqualTo(422);
    assertThat(errorFields(expired)).containsExactly("components:submission.documentExpired");

    dossier.put(
        "components",
        List.of(Map.of("requirementCode", "BIRTH_CERTIFICATE", "documentId", documentId)));
    ResponseEntity<JsonNode> foreign = api.submit("citizen2", dossier, null);
    assertThat(errorFields(foreign))
        .containsExactly("components:submission.repositoryDocumentNotFound");
  }

  @Test
  void officersSignInToTheCamundaWebapps_andTheApiIsDocumented() {
    assertThat(webappLogin("tasklist", "mc.lamthanh")).isEqualTo(200);
    assertThat(webappLogin("cockpit", "mc.lamthanh"))
        .as("an officer has no Cockpit")
        .isEqualTo(403);
    assertThat(webappLogin("cockpit", "analyst")).isEqualTo(200);
    assertThat(webappLogin("admin", "admin")).isEqualTo(200);
    ResponseEntity<String> openApi = rest.getForEntity("/v3/api-docs", String.class);
    assertThat(openApi.getBody())
        .contains("/api/v1/dossiers")
        .contains("/api/v1/procedures/{code}");
    assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode().value())
        .isEqualTo(200);
  }

  /** Signs in as the Camunda webapps do: their CSRF cookie first, then the login form with it. */
  int webappLogin(String app, String user) {
    ResponseEntity<String> page =
        rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
    List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    String token =
        cookies.stream()
            .filter(c -> c.startsWith("XSRF-TOKEN="))
            .findFirst()
            .orElseThrow()
            .split(";")[0]
            .substring("XSRF-TOKEN=".length());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", token);
    headers.set(
        HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()));
    return rest.exchange(
            "/camunda/api/admin/auth/user/default/login/" + app,
            HttpMethod.POST,
            new HttpEntity<>("username=" + user + "&password=demo", headers),
            String.class)
        .getStatusCode()
        .value();
  }

  @Test
  void oversizedUpload_isRefusedWith413() {
    byte[] big = new byte[11 * 1024 * 1024];
    System.arraycopy(Declarations.PDF, 0, big, 0, Declarations.PDF.length);
    ResponseEntity<JsonNode> response = withBirthCertificateOf(big);
    assertThat(response.getStatusCode().value()).isEqualTo(413);
    assertThat(response.getBody().path("detail").asText()).contains("10 MB");
  }

  @Test
  void disguisedUploads_areRefusedBecauseTheirBytesSayOtherwise() {
    int before = myDossiers("citizen1");
    ResponseEntity<JsonNode> pngAsPdf = withBirthCertificateOf(Declarations.PNG);
    assertThat(pngAsPdf.getStatusCode().value()).isEqualTo(415);
    assertThat(errorFields(pngAsPdf)).containsExactly("birthCertificate:upload.disguised");

    byte[] page = "<html><body><script>alert(1)</script></body></html>".getBytes();
    ResponseEntity<JsonNode> htmlAsPdf = withBirthCertificateOf(page);
    assertThat(htmlAsPdf.getStatusCode().value()).isEqualTo(415);
    assertThat(errorFields(htmlAsPdf)).containsExactly("birthCertificate:upload.typeNotAccepted");
    assertThat(messages(htmlAsPdf)).contains("chỉ nhận tệp PDF, JPEG hoặc PNG");
    assertThat(myDossiers("citizen1")).isEqualTo(before);
  }

  @Test
  void anotherCitizensDossier_isNotFound_forEveryAction() {
    String code = submitBirth("citizen1");
    assertThat(api.get("citizen2", "/api/v1/dossiers/" + code).getStatusCode().value())
        .isEqualTo(404);
    assertThat(api.get("citizen2", "/api/v1/dossiers/" + code + "/payment").getStatusCode().value())
        .isEqualTo(404);
    assertThat(
            api.post("citizen2", "/api/v1/dossiers/" + code + "/withdraw", Map.of())
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(
            api.post("citizen2", "/api/v1/dossiers/" + code + "/supplement", Map.of("note", "x"))
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(api.get("citizen2", "/api/v1/dossiers").getBody().findValuesAsText("code"))
        .doesNotContain(code);
    assertThat(api.status("citizen1", code)).isEqualTo("SUBMITTED");
  }

  @Test
  void anOfficerOfAnotherCommune_neitherSeesNorCompletesTheTask() {
    String code = submitBirth("citizen1");
    JsonNode task = api.awaitTask("mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER);
    assertThat(api.tasks("mc.hungnguyen", code)).isEmpty();
    assertThat(api.tasks("cv.lamthanh", code)).as("a specialist does not receive").isEmpty();
    ResponseEntity<JsonNode> attempt =
        api.complete(
            "mc.hungnguyen", task.path("id").asText(), Map.of("receiveDecision", "accept"));
    assertThat(attempt.getStatusCode().value()).isEqualTo(403);
    assertThat(api.status("citizen1", code)).isEqualTo("SUBMITTED");
  }

  @Test
  void decisionsAreValidatedOnTheServer_withTheReasonRequiredToRefuse() {
    String code = submitBirth("citizen1");
    String taskId =
        api.awaitTask("mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER).path("id").asText();
    String summary =
        api.get("mc.lamthanh", "/engine-rest/task/" + taskId + "/form-variables")
            .getBody()
            .path("dossierSummary")
            .path("value")
            .asText();
    assertThat(summary)
        .as("the officer reads the dossier on the task")
        .contains("Nguyễn Văn An")
        .contains("**Người được khai sinh**")
        .contains("Nguyễn Minh Khôi")
        .contains("[Giấy chứng sinh](/can-bo/ho-so/" + code + "/giay-to/")
        .contains(") — tải lên: giay-chung-sinh.pdf");

    ResponseEntity<JsonNode> noDecision = api.complete("mc.lamthanh", taskId, Map.of());
    assertThat(noDecision.getStatusCode().value()).isEqualTo(400);
    assertThat(noDecision.getBody().path("message").asText())
        .contains("vui lòng nhập thông tin bắt buộc");

    ResponseEntity<JsonNode> unknown =
        api.complete("mc.lamthanh", taskId, Map.of("receiveDecision", "approve"));
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);

    ResponseEntity<JsonNode> noReason =
        api.complete("mc.lamthanh", taskId, Map.of("receiveDecision", "refuse"));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(noReason.getBody().path("message").asText()).contains("bắt buộc ghi rõ lý do");
    assertThat(api.tasks("mc.lamthanh", code))
        .extracting(t -> t.path("id").asText())
        .containsExactly(taskId);

    assertThat(
            api.complete(
                    "mc.lamthanh",
                    taskId,
                    Map.of(
                        "receiveDecision",
                        "refuse",
                        "receiveReason",
                        "Hồ sơ không thuộc thẩm quyền"))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    JsonNode refused = api.awaitStatus("citizen1", code, "REFUSED");
    // the dossier's process and the reception it called
    String instances =
        String.join(
            ",",
            api.get(
                    "admin",
                    "/engine-rest/history/process-instance?processInstanceBusinessKey="
                        + code
                        + "&maxResults=10")
                .getBody()
                .findValuesAsText("id"));
    String history =
        api.get(
                "admin",
                "/engine-rest/history/variable-instance?processInstanceIdIn="
                    + instances
                    + "&maxResults=100")
            .getBody()
            .findValuesAsText("name")
            .toString();
    String details =
        api.get(
                "admin",
                "/engine-rest/history/detail?processInstanceIdIn=" + instances + "&maxResults=100")
            .getBody()
            .toString();
    assertThat(details)
        .as("personal data stays out of history")
        .doesNotContain("dossierSummary")
        .doesNotContain("040090001234");
    assertThat(history).contains("receiveDecision", "dossierCode").doesNotContain("dossierSummary");
    assertThat(refused.path("status").path("nationalCode").asInt()).isEqualTo(3);
    assertThat(DossierLifecycleScenarios.notes(refused))
        .anyMatch(n -> n.contains("Hồ sơ không thuộc thẩm quyền"));
  }

  @Test
  void supplementRound_pausesTheClock_andReturnsTheDossierToReception() {
    String code = submitBirth("citizen1");
    assertThat(
            api.post("citizen1", "/api/v1/dossiers/" + code + "/supplement", Map.of("note", "x"))
                .getStatusCode()
                .value())
        .as("no supplement was asked for")
        .isEqualTo(409);
    api.requestSupplement(code, "Giấy chứng sinh bị mờ, đề nghị tải lại bản rõ");
    JsonNode asked = api.awaitStatus("citizen1", code, "SUPPLEMENT_REQUESTED");
    assertThat(asked.path("status").path("nationalCode").asInt()).isEqualTo(5);

    ResponseEntity<JsonNode> supplemented =
        api.supplementWithFiles(
            "citizen1",
            code,
            Map.of(
                "note",
                "Đã tải lại bản rõ",
                "formData",
                Map.of("childBirthPlace", "Bệnh viện Hữu nghị Đa khoa Nghệ An"),
                "components",
                List.of(Map.of("requirementCode", "BIRTH_CERTIFICATE", "file", "clearCopy"))),
            List.of(
                new ApiClient.File(
                    "clearCopy",
                    "giay-chung-sinh-ro.pdf",
                    "application/pdf",
                    (new String(Declarations.PDF) + "% ro\n").getBytes())));
    assertThat(supplemented.getStatusCode().value())
        .as(String.valueOf(supplemented.getBody()))
        .isEqualTo(200);
    assertThat(supplemented.getBody().path("status").path("value").asText())
        .isEqualTo("SUPPLEMENTED");
    assertThat(supplemented.getBody().path("components").findValuesAsText("fileName"))
        .contains("giay-chung-sinh.pdf", "giay-chung-sinh-ro.pdf");
    assertThat(supplemented.getBody().path("formData").path("childBirthPlace").asText())
        .isEqualTo("Bệnh viện Hữu nghị Đa khoa Nghệ An");

    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    api.awaitStatus("citizen1", code, "RECEIVED");
    api.awaitTask("cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER);
  }

  @Test
  void withdrawal_endsTheProcess_andCannotBeRepeated() {
    String code = submitBirth("citizen1");
    api.awaitTask("mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER);
    ResponseEntity<JsonNode> withdrawn =
        api.post(
            "citizen1", "/api/v1/dossiers/" + code + "/withdraw", Map.of("reason", "Nộp nhầm"));
    assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
    assertThat(withdrawn.getBody().path("status").path("nationalCode").asInt()).isEqualTo(7);
    assertThat(api.tasks("mc.lamthanh", code)).isEmpty();
    ResponseEntity<JsonNode> again =
        api.post("citizen1", "/api/v1/dossiers/" + code + "/withdraw", Map.of());
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getBody().path("detail").asText()).contains("không thể rút");
  }

  @Test
  void aRepeatedSubmissionWithTheSameKey_createsOneDossier() {
    String key = UUID.randomUUID().toString();
    int before = myDossiers("citizen2");
    Map<String, Object> dossier = Declarations.judicialRecord(4, "ELECTRONIC", "standard", 2);
    ResponseEntity<JsonNode> first = api.submit("citizen2", dossier, key);
    ResponseEntity<JsonNode> retry = api.submit("citizen2", dossier, key);
    assertThat(first.getStatusCode().value()).isEqualTo(201);
    assertThat(retry.getStatusCode().value()).isEqualTo(200);
    assertThat(retry.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
    assertThat(retry.getBody().path("code").asText())
        .isEqualTo(first.getBody().path("code").asText());
    assertThat(myDossiers("citizen2")).isEqualTo(before + 1);

    Map<String, Object> other = Declarations.judicialRecord(4, "ELECTRONIC", "reduced", 2);
    assertThat(api.submit("citizen2", other, key).getStatusCode().value())
        .as("same key, other request")
        .isEqualTo(422);
  }

  @Test
  void aDoubleClick_sendingTheSameKeyConcurrently_createsOneDossier() throws Exception {
    String key = UUID.randomUUID().toString();
    int before = myDossiers("citizen2");
    Map<String, Object> dossier = Declarations.judicialRecord(4, "ELECTRONIC", "standard", 2);
    List<ResponseEntity<JsonNode>> responses =
        AtOnce.run(4, () -> api.submit("citizen2", dossier, key));
    Set<String> codes = new HashSet<>();
    responses.forEach(
        r -> {
          assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isIn(200, 201);
          codes.add(r.getBody().path("code").asText());
        });
    assertThat(codes).hasSize(1);
    assertThat(responses).filteredOn(r -> r.getStatusCode().value() == 201).hasSize(1);
    assertThat(myDossiers("citizen2")).isEqualTo(before + 1);
  }

  @Test
  void parallelSubmissionsAtOneUnit_getDistinctConsecutiveCodes() throws Exception {
    List<ResponseEntity<JsonNode>> responses =
        AtOnce.run(
            12,
            () ->
                api.submitWithFiles(
                    "citizen1",
                    Declarations.birthRegistration(4, "ELECTRONIC", 10),
                    List.of(Declarations.birthCertificate()),
                    null));
    List<Integer> sequences = new ArrayList<>();
    for (ResponseEntity<JsonNode> response : responses) {
      assertThat(response.getStatusCode().value())
          .as(String.valueOf(response.getBody()))
          .isEqualTo(201);
      String code = response.getBody().path("code").asText();
      sequences.add(Integer.parseInt(code.substring(code.lastIndexOf('-') + 1)));
    }
    sequences.sort(Integer::compare);
    assertThat(new HashSet<>(sequences)).hasSize(12);
    assertThat(sequences.get(11) - sequences.get(0))
        .as("no gaps among concurrent submissions")
        .isEqualTo(11);
  }

  /** citizen1's birth registration with these bytes as its birth certificate, a PDF by its name. */
  ResponseEntity<JsonNode> withBirthCertificateOf(byte[] bytes) {
    return api.submitWithFiles(
        "citizen1",
        Declarations.birthRegistration(4, "ELECTRONIC", 10),
        List.of(
            new ApiClient.File(
                "birthCertificate", "giay-chung-sinh.pdf", "application/pdf", bytes)),
        null);
  }
}
