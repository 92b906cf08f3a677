package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.motcua.delivery.post.PostalSigner;

/**
 * The known cases of careless and hostile input, each answered 4xx with a problem in Vietnamese
 * (English on request) that names the field or header and nothing of our code; and the checks a
 * registrar expects of names and dates. {@link HostileInputIT} proves the same in general, for
 * every endpoint.
 */
@IntegrationTest
class RobustInputIT {

  @LocalServerPort int port;

  @Autowired TestRestTemplate rest;

  ApiClient api;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  RawHttp.Answer apiPost(String path, String contentType, byte[] body, String... headers) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "Authorization: Basic " + HostileInputIT.basic("citizen2"),
                "Content-Type: " + contentType));
    all.addAll(List.of(headers));
    return RawHttp.send(port, RawHttp.request("POST", path, all, body));
  }

  RawHttp.Answer submitJson(String body, String... headers) {
    return apiPost(
        "/api/v1/dossiers", "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
  }

  JsonNode problem(RawHttp.Answer answer) throws Exception {
    assertThat(HostileInputIT.INTERNALS.matcher(answer.body()).find())
        .as("names our code: " + answer.body())
        .isFalse();
    return json.readTree(answer.body());
  }

  String judicialRecordJson(Map<String, Object> changes) throws Exception {
    Map<String, Object> dossier = Declarations.judicialRecord(4, "ELECTRONIC", "standard", 1);
    dossier.putAll(changes);
    return json.writeValueAsString(dossier);
  }

  @Test
  void idempotencyKeys_blankOrLongerThanKept_areRefused_namingTheHeader() throws Exception {
    String dossier = judicialRecordJson(Map.of());
    RawHttp.Answer blank = submitJson(dossier, "Idempotency-Key:   ");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(problem(blank).path("errors").get(0).path("field").asText())
        .isEqualTo("Idempotency-Key");

    RawHttp.Answer tooLong = submitJson(dossier, "Idempotency-Key: " + "k".repeat(101));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(problem(tooLong).path("detail").asText())
        .isEqualTo("Idempotency-Key: không được quá 100 ký tự; chưa có gì được lưu.");

    assertThat(submitJson(dossier, "Idempotency-Key: " + "k".repeat(100)).status())
        .as("100 fits")
        .isEqualTo(201);
  }

  @Test
  void aValueLongerThanItsColumn_isRefusedNamingTheField_evenWhereItIsNotUsed() throws Exception {
    // stored even for electronic delivery: the column's length (500) is the limit, read from the
    // database
    RawHttp.Answer answer =
        submitJson(judicialRecordJson(Map.of("deliveryAddress", "x".repeat(501))));
    assertThat(answer.status()).isEqualTo(400);
    JsonNode problem = problem(answer);
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("deliveryAddress");
    assertThat(problem.path("detail").asText())
        .isEqualTo(
            "Địa chỉ nhận kết quả qua bưu chính: không được quá 500 ký tự; chưa có gì được lưu.");
  }

  @Test
  void brokenJson_isTold_byLineAndColumn_orByField_inTheCallersLanguage() throws Exception {
    RawHttp.Answer garbage = submitJson("{\"procedureCode\":\"3.000333\"} trailing");
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(problem(garbage).path("detail").asText())
        .startsWith("Dữ liệu JSON không hợp lệ ở dòng 1, cột");

    RawHttp.Answer english = submitJson("{\"procedureCode\":", "Accept-Language: en");
    assertThat(english.status()).isEqualTo(400);
    assertThat(problem(english).path("detail").asText())
        .startsWith("Invalid JSON at line 1, column");

    RawHttp.Answer nullElement =
        submitJson(judicialRecordJson(Map.of("components", Arrays.asList((Object) null))));
    assertThat(nullElement.status()).isEqualTo(400);
    assertThat(problem(nullElement).path("errors").get(0).path("field").asText())
        .isEqualTo("components[0]");

    RawHttp.Answer fraction = submitJson(judicialRecordJson(Map.of("level", 4.5)));
    assertThat(fraction.status()).isEqualTo(400);
    assertThat(problem(fraction).path("detail").asText())
        .isEqualTo("level: giá trị không đúng kiểu, cần một số nguyên.");

    RawHttp.Answer wrongType = submitJson("{\"procedureCode\":\"3.000333\",\"formData\":[1]}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(problem(wrongType).path("errors").get(0).path("field").asText())
        .isEqualTo("formData");
  }

  @Test
  void aDeclaration_withAFractionOfACopy_orAnImpossibleName_orDate_isRefusedAtTheField()
      throws Exception {
    Map<String, Object> dossier = Declarations.judicialRecord(4, "ELECTRONIC", "standard", 1);
    @SuppressWarnings("unchecked")
    Map<String, Object> form = (Map<String, Object>) dossier.get("formData");
    form.put("copies", 2.5);
    form.put("fullName", "TRẦN THỊ \u202EBÌNH");
    form.put("otherNames", "Bình\r\nX");
    form.put("birthPlace", "Nghệ An\u0000");
    form.put("birthDate", TestClock.today().plusDays(1).toString());
    form.put("idIssueDate", TestClock.today().plusDays(1).toString());
    form.put("fatherFullName", "Trần Văn 😀");
    form.put("motherFullName", "H'Hen Niê");
    dossier.put("deliveryAddress", "Khối 5\r\nxã Hưng Nguyên, tỉnh Nghệ An");
    ResponseEntity<JsonNode> refused = api.submit("citizen2", dossier, null);
    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    Map<String, String> errors = new HashMap<>();
    refused
        .getBody()
        .path("errors")
        .forEach(e -> errors.put(e.path("field").asText(), e.path("message").asText()));
    assertThat(errors)
        .containsEntry("copies", "Số lượng Phiếu: phải là số nguyên.")
        .containsKeys(
            "fullName",
            "otherNames",
            "birthPlace",
            "birthDate",
            "idIssueDate",
            "fatherFullName",
            "deliveryAddress")
        .doesNotContainKey("motherFullName");
    assertThat(errors.get("fullName")).contains("ký tự không được phép");
    assertThat(errors.get("fatherFullName")).contains("chỉ gồm chữ cái");
    assertThat(errors.get("birthDate")).contains("không được là ngày trong tương lai");

    form.put("birthDate", "1899-12-31");
    ResponseEntity<JsonNode> tooEarly = api.submit("citizen2", dossier, null);
    assertThat(tooEarly.getBody().path("errors").toString())
        .contains("không được trước ngày 01/01/1900");
  }

  @Test
  void uploads_thatCannotBeRead_orOfAnUnknownType_areRefused() throws Exception {
    RawHttp.Answer noBoundary =
        apiPost(
            "/api/v1/documents",
            "multipart/form-data",
            "--x\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nOTHER\r\n--x--\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(noBoundary.status()).isEqualTo(400);
    assertThat(problem(noBoundary).path("detail").asText()).contains("multipart/form-data");

    String nulName =
        "--b\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nOTHER\r\n--b\r\nContent-Disposition: form-data; "
            + "name=\"file\"; filename=\"a\u0000.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--b--\r\n";
    RawHttp.Answer nul =
        apiPost(
            "/api/v1/documents",
            "multipart/form-data; boundary=b",
            nulName.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(nul.status()).isEqualTo(400);
    problem(nul);

    ResponseEntity<JsonNode> unknownType =
        api.uploadDocument(
            "citizen2",
            "T".repeat(150),
            new ApiClient.File(
                "file", "a.pdf", "application/pdf", Declarations.birthCertificate().bytes()));
    assertThat(unknownType.getStatusCode().value()).isEqualTo(400);
    assertThat(unknownType.getBody().path("errors").get(0).path("field").asText())
        .isEqualTo("type");
    assertThat(unknownType.getBody().path("detail").asText())
        .isEqualTo("Loại giấy tờ: lựa chọn không có trong danh sách.");
  }

  @Test
  void portalPages_answerWhatCannotBeRead_with4xx() throws Exception {
    PortalClient citizen = PortalClient.signedIn(port, "citizen2");
    // a brace in a path value reaches no redirect: no procedure has such a code
    assertThat(citizen.get("/nop-ho-so/%7Bx%7D").statusCode()).isEqualTo(404);
    assertThat(citizen.get("/ho-so-cua-toi/%7Bx%7D").statusCode()).isEqualTo(404);
    // a url-encoded form where the page takes files
    citizen.openForm("/kho-tai-lieu");
    HttpResponse<String> urlEncoded =
        citizen.post("/ho-so-cua-toi/000.00.04.H40-261124-0001/bo-sung", Map.of("note", "x"));
    assertThat(urlEncoded.statusCode()).isEqualTo(415);
    // a NUL in a file name fails Tomcat's reading of the parts at the CSRF check: 400, not 500
    String nulName =
        "--b\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nOTHER\r\n--b\r\nContent-Disposition: form-data; "
            + "name=\"file\"; filename=\"a\u0000.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--b--\r\n";
    RawHttp.Answer nul =
        RawHttp.send(
            port,
            RawHttp.request(
                "POST",
                "/kho-tai-lieu",
                List.of(
                    "Cookie: " + citizen.cookieHeader(),
                    "X-CSRF-TOKEN: " + citizen.csrfToken(),
                    "Content-Type: multipart/form-data; boundary=b"),
                nulName.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(nul.status()).isEqualTo(400);
    // ?lang= that names no language leaves the page as it was
    assertThat(citizen.get("/thu-tuc?lang=%00").statusCode()).isEqualTo(200);
  }

  @Test
  void aSignedPostalCallback_whoseBodyIsNotJson_isRefused() {
    byte[] body = "not json at all".getBytes(StandardCharsets.UTF_8);
    String signature = new PostalSigner("SANDBOX-SECRET-CHANGE-ME").sign(body);
    RawHttp.Answer answer =
        RawHttp.send(
            port,
            RawHttp.request(
                "POST",
                "/api/v1/postal/callback",
                List.of("Content-Type: application/json", PostalSigner.HEADER + ": " + signature),
                body));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(answer.body())
        .contains("phải là một đối tượng JSON")
        .contains("\"result\":\"body is not a JSON object\"");
  }
}
