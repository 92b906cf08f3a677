package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.motcua.interop.inbound.NationalPortalSignature;

/**
 * Dossiers from the national portal: a signed dossier becomes ours (code, appointment, a process
 * waiting at the one-stop desk) and its status changes go back with the portal's id; a resend is
 * the same dossier; an unsigned, wrongly signed or invalid one is refused and leaves nothing
 * behind; the demo's sandbox portal sends one.
 */
@IntegrationTest
class NationalPortalIntakeIT {

  static final String INBOUND = "/api/interop/v1/dossiers";

  /** The demo profile's secret, as the sandbox portal signs with it. */
  static final NationalPortalSignature PORTAL =
      new NationalPortalSignature("SANDBOX-SECRET-CHANGE-ME");

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  final ObjectMapper json = new ObjectMapper();
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  /** A birth registration at Lam Thanh as the portal sends it, under a fresh national id. */
  static Map<String, Object> birthRegistration(String nationalId) {
    Map<String, Object> citizenApi = Declarations.birthRegistration(4, "ELECTRONIC", 10);
    Map<String, Object> dossier = new HashMap<>();
    dossier.put("nationalId", nationalId);
    dossier.put("procedureCode", citizenApi.get("procedureCode"));
    dossier.put("level", 4);
    dossier.put("resolvingAgency", "lamthanh");
    dossier.put("deliveryMethod", "ELECTRONIC");
    dossier.put(
        "applicant",
        Map.of(
            "fullName", "Nguyễn Văn An",
            "citizenId", "040090001234",
            "phone", "0912345678",
            "email", "an.nguyen@example.vn",
            "address", "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An"));
    dossier.put("formData", new HashMap<>((Map<?, ?>) citizenApi.get("formData")));
    List<Object> documents = new ArrayList<>();
    documents.add(document("BIRTH_CERTIFICATE", "giay-chung-sinh.pdf", Declarations.PDF));
    dossier.put("documents", documents);
    return dossier;
  }

  static Map<String, Object> document(String type, String fileName, byte[] bytes) {
    Map<String, Object> document = new HashMap<>();
    document.put("type", type);
    document.put("fileName", fileName);
    document.put("contentType", "application/pdf");
    document.put("content", Base64.getEncoder().encodeToString(bytes));
    return document;
  }

  static String nationalId() {
    return "G22.99-IT-" + UUID.randomUUID().toString().substring(0, 8);
  }

  ResponseEntity<JsonNode> send(Map<String, Object> dossier) throws Exception {
    byte[] body = json.writeValueAsBytes(dossier);
    return post(body, PORTAL.sign(body));
  }

  ResponseEntity<JsonNode> post(byte[] body, String signature) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (signature != null) {
      headers.set(NationalPortalSignature.HEADER, signature);
    }
    return rest.postForEntity(INBOUND, new HttpEntity<>(body, headers), JsonNode.class);
  }

  int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }

  int dossiersOf(String nationalId) {
    return count("select count(*) from dossier where national_id = ?", nationalId);
  }

  /** Everything a refused dossier could have left: dossiers, documents, code numbers. */
  record Traces(int dossiers, int documents, int codeNumbers) {}

  Traces traces() {
    return new Traces(
        count("select count(*) from dossier"),
        count("select count(*) from stored_document where owner = 'national-portal'"),
        count("select coalesce(sum(last_value), 0) from dossier_code_sequence"));
  }

  List<String> pushesOf(String code) {
    return api.nationalPortalPushes(code);
  }

  @Test
  void aSignedDossier_becomesOurs_waitsAtReception_andItsChangesGoBackWithTheNationalId()
      throws Exception {
    String nationalId = nationalId();
    ResponseEntity<JsonNode> created = send(birthRegistration(nationalId));

    assertThat(created.getStatusCode().value())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(201);
    JsonNode receipt = created.getBody();
    String code = receipt.path("code").asText();
    assertThat(code).isNotBlank();
    assertThat(receipt.path("nationalId").asText()).isEqualTo(nationalId);
    assertThat(receipt.path("appointmentAt").asText()).isNotBlank();
    assertThat(receipt.path("appointmentDate").asText())
        .matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
    assertThat(receipt.path("status").path("nationalCode").asInt()).isEqualTo(1);
    assertThat(
            jdbc.queryForMap(
                "select code, channel, applicant_name from dossier where national_id = ?",
                nationalId))
        .containsEntry("CODE", code)
        .containsEntry("CHANNEL", "NATIONAL_PORTAL")
        .containsEntry("APPLICANT_NAME", "Nguyễn Văn An");

    JsonNode task = api.awaitTask("mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER);
    assertThat(task.path("id").asText()).as("in Lam Thanh's Tasklist").isNotBlank();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(pushesOf(code))
                    .as("the portal hears of status 1 with its own id")
                    .anyMatch(r -> r.contains("<td>1</td>") && r.contains(nationalId)));

    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(pushesOf(code))
                    .as("received (national status 2, online channel 2), with the national id")
                    .anyMatch(
                        r ->
                            r.contains("<td>" + code + "</td><td>1.001193</td><td>2</td><td>2</td>")
                                && r.contains("<td>" + nationalId + "</td>")));
  }

  @Test
  void theSameNationalIdAgain_answersTheSameDossier_once() throws Exception {
    String nationalId = nationalId();
    Map<String, Object> dossier = birthRegistration(nationalId);
    String code = send(dossier).getBody().path("code").asText();
    int notifications =
        count(
            "select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ? and PROC_DEF_KEY_ = 'status-notification'",
            code);

    ResponseEntity<JsonNode> again = send(dossier);

    assertThat(again.getStatusCode().value()).isEqualTo(200);
    assertThat(again.getBody().path("code").asText()).isEqualTo(code);
    assertThat(again.getBody().path("nationalId").asText()).isEqualTo(nationalId);
    assertThat(dossiersOf(nationalId)).isEqualTo(1);
    assertThat(
            count(
                "select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ? and PROC_DEF_KEY_ = 'status-notification'",
                code))
        .as("no second notification")
        .isEqualTo(notifications)
        .isEqualTo(1);
  }

  @Test
  void theSameDossierSentFourTimesAtOnce_becomesOneDossier() throws Exception {
    String nationalId = nationalId();
    Map<String, Object> dossier = birthRegistration(nationalId);

    List<ResponseEntity<JsonNode>> answers = AtOnce.run(4, () -> send(dossier));

    assertThat(answers)
        .extracting(a -> a.getStatusCode().value())
        .as(answers.toString())
        .containsOnly(201, 200)
        .containsOnlyOnce(201);
    assertThat(answers)
        .extracting(a -> a.getBody().path("code").asText())
        .containsOnly(answers.get(0).getBody().path("code").asText());
    assertThat(dossiersOf(nationalId)).isEqualTo(1);
  }

  @Test
  void withoutOrWithAWrongSignature_nothingIsTaken() throws Exception {
    String nationalId = nationalId();
    byte[] body = json.writeValueAsBytes(birthRegistration(nationalId));

    ResponseEntity<JsonNode> unsigned = post(body, null);
    assertThat(unsigned.getStatusCode().value()).isEqualTo(401);
    assertThat(unsigned.getHeaders().getContentType().toString()).contains("problem+json");

    ResponseEntity<JsonNode> wrongSecret =
        post(body, new NationalPortalSignature("somebody-elses-secret").sign(body));
    assertThat(wrongSecret.getStatusCode().value()).isEqualTo(401);

    byte[] tampered =
        new String(body, StandardCharsets.UTF_8)
            .replace("Nguyễn Minh Khôi", "Nguyễn Minh Khải")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(post(tampered, PORTAL.sign(body)).getStatusCode().value())
        .as("signed, then changed on the way")
        .isEqualTo(401);

    assertThat(dossiersOf(nationalId)).isZero();
  }

  @Test
  void invalidDossiers_areRefusedNamingEachField_andLeaveNothingBehind() throws Exception {
    Traces before = traces();

    Map<String, Object> unknownProcedure = birthRegistration(nationalId());
    unknownProcedure.put("procedureCode", "9.123456");
    assertRefused(unknownProcedure, "procedureCode");

    Map<String, Object> missingField = birthRegistration(nationalId());
    ((Map<?, ?>) missingField.get("formData")).remove("childFullName");
    assertRefused(missingField, "childFullName");

    Map<String, Object> forbiddenType = birthRegistration(nationalId());
    forbiddenType.put(
        "documents",
        List.of(
            document(
                "BIRTH_CERTIFICATE",
                "giay-chung-sinh.pdf",
                "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))));
    assertRefused(forbiddenType, "documents[0]");

    Map<String, Object> tooLarge = birthRegistration(nationalId());
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(Declarations.PDF, 0, big, 0, Declarations.PDF.length);
    tooLarge.put("documents", List.of(document("BIRTH_CERTIFICATE", "lon.pdf", big)));
    assertRefused(tooLarge, "documents[0]");

    Map<String, Object> everything = birthRegistration("");
    everything.put("applicant", Map.of("fullName", "Nguyễn Văn An", "citizenId", "12ab"));
    ((Map<?, ?>) everything.get("formData")).remove("childFullName");
    everything.put(
        "documents",
        List.of(
            Map.of("type", "BIRTH_CERTIFICATE", "fileName", "a.pdf", "content", "@@not base64@@")));
    JsonNode errors = assertRefused(everything, "nationalId");
    assertThat(fields(errors))
        .as("every problem in one answer")
        .contains("nationalId", "applicant.citizenId", "documents[0].content", "childFullName");

    assertThat(traces()).as("no dossier, document or code number left").isEqualTo(before);
  }

  JsonNode assertRefused(Map<String, Object> dossier, String field) throws Exception {
    ResponseEntity<JsonNode> refused = send(dossier);
    assertThat(refused.getStatusCode().value())
        .as(String.valueOf(refused.getBody()))
        .isEqualTo(400);
    assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
    JsonNode errors = refused.getBody().path("errors");
    assertThat(fields(errors)).contains(field);
    errors.forEach(e -> assertThat(e.path("message").asText()).isNotBlank());
    Object nationalId = dossier.get("nationalId");
    if (nationalId != null && !nationalId.toString().isBlank()) {
      assertThat(dossiersOf(nationalId.toString())).isZero();
    }
    return errors;
  }

  static List<String> fields(JsonNode errors) {
    List<String> fields = new ArrayList<>();
    errors.forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  @Test
  void theSandboxPortal_sendsASampleDossier_andAnyJsonGiven() throws Exception {
    String page = rest.getForObject("/sandbox/national-portal", String.class);
    assertThat(page)
        .contains("Gửi hồ sơ")
        .contains("1.001193")
        .contains("BIRTH_CERTIFICATE")
        .as("the interlinked groups are samples too")
        .contains("sample=interlinked-birth")
        .contains("sample=interlinked-death");

    JsonNode sample = rest.getForObject("/sandbox/national-portal/sample", JsonNode.class);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("dossier", sample.toString());
    HttpHeaders formHeaders = new HttpHeaders();
    formHeaders.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    String answer =
        rest.postForObject(
            "/sandbox/national-portal", new HttpEntity<>(form, formHeaders), String.class);
    assertThat(answer).contains("HTTP 201");
    String nationalId = sample.path("nationalId").asText();
    assertThat(dossiersOf(nationalId)).isEqualTo(1);
    String code =
        jdbc.queryForObject(
            "select code from dossier where national_id = ?", String.class, nationalId);
    assertThat(answer).contains(code);
    api.awaitTask("mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER);

    Map<String, Object> any = birthRegistration(nationalId());
    HttpHeaders jsonHeaders = new HttpHeaders();
    jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> sent =
        rest.postForEntity(
            "/sandbox/national-portal/dossiers",
            new HttpEntity<>(json.writeValueAsString(any), jsonHeaders),
            JsonNode.class);
    assertThat(sent.getStatusCode().value()).as(String.valueOf(sent.getBody())).isEqualTo(201);
    assertThat(dossiersOf(any.get("nationalId").toString())).isEqualTo(1);
  }

  @Test
  void theApiDocuments_describeTheEndpoint_underItsOwnTag() {
    JsonNode docs = rest.getForObject("/v3/api-docs", JsonNode.class);
    JsonNode post = docs.path("paths").path(INBOUND).path("post");
    assertThat(post.path("tags").toString()).contains("National portal");
    assertThat(post.path("requestBody").toString()).contains("Request");
    assertThat(docs.path("components").path("schemas").toString())
        .contains("nationalId")
        .contains("formData");
  }
}
