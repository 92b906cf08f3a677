package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The e-document repository's pages through real HTTP, as a browser without JavaScript uses them:
 * upload with type and validity, the same file twice, refused files named at their field, another
 * citizen's documents, download, where each document was used, and removal after a confirmation
 * page while the dossier that used the document keeps it. Released bytes are swept at once here (no
 * grace period), so the test also sees what is deleted and what is kept.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:documentpages;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.release-grace=PT0S",
      "motcua.storage.sweep-interval=PT0.2S",
      "spring.servlet.multipart.max-file-size=1MB"
    })
@ActiveProfiles("demo")
@DirtiesContext
class DocumentPagesIT {

  static final String PAGE = "/kho-tai-lieu";

  @LocalServerPort int port;

  @Autowired TestRestTemplate rest;

  @Autowired JdbcTemplate jdbc;

  /**
   * A PDF of its own: the same minimal PDF with a comment that makes its bytes (and SHA-256)
   * unique.
   */
  static byte[] uniquePdf() {
    return (new String(Declarations.PDF, StandardCharsets.ISO_8859_1)
            + "% "
            + UUID.randomUUID()
            + "\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static PortalClient.FilePart pdf(String name, byte[] bytes) {
    return new PortalClient.FilePart("file", name, "application/pdf", bytes);
  }

  HttpResponse<String> upload(
      PortalClient citizen, String type, String validUntil, PortalClient.FilePart file) {
    return citizen
        .openForm(PAGE)
        .postMultipart(PAGE, Map.of("type", type, "validUntil", validUntil), List.of(file));
  }

  /** Uploads through the page and answers the new document's id (from the redirect). */
  /** Removes a document as the confirmation page does: its form posted. */
  HttpResponse<String> remove(PortalClient citizen, UUID id) {
    String confirmation = PAGE + "/" + id + "/xoa";
    return citizen.openForm(confirmation).post(confirmation, Map.of());
  }

  UUID uploaded(PortalClient citizen, String type, String validUntil, PortalClient.FilePart file) {
    HttpResponse<String> answer = upload(citizen, type, validUntil, file);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
    Matcher id = Pattern.compile("saved=([0-9a-f-]{36})").matcher(PortalClient.location(answer));
    assertThat(id.find()).as(PortalClient.location(answer)).isTrue();
    return UUID.fromString(id.group(1));
  }

  static String today() {
    return TestClock.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  static long listed(String page, String fileName) {
    return Pattern.compile("class=\"file-name\">" + Pattern.quote(fileName) + "<")
        .matcher(page)
        .results()
        .count();
  }

  /** Whether the bytes are in the document store (the database, by default). */
  boolean stored(byte[] bytes) throws Exception {
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    return jdbc.queryForObject(
            "select count(*) from document_content where sha256 = ?", Integer.class, sha)
        > 0;
  }

  @Test
  void anUpload_isListedWithItsType_validity_size_andDate_andTheSameFileTwiceIsKeptOnce() {
    PortalClient citizen = PortalClient.signedIn(port, "citizen1");
    HttpResponse<String> page = citizen.get(PAGE);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Kho tài liệu của tôi")
        .contains("Thêm giấy tờ vào kho")
        .contains("data-upload-progress")
        .contains("/js/upload.js")
        .contains("Thẻ căn cước, căn cước công dân")
        .contains("Giấy chứng sinh");

    byte[] bytes = uniquePdf();
    HttpResponse<String> saved =
        upload(citizen, "CITIZEN_ID_CARD", "2036-12-31", pdf("can-cuoc-an.pdf", bytes));
    assertThat(saved.statusCode()).isEqualTo(302);
    String list = citizen.follow(saved).body();
    assertThat(list).contains("Đã lưu tệp can-cuoc-an.pdf vào kho.");
    assertThat(list)
        .contains("<h3>Thẻ căn cước, căn cước công dân</h3>")
        .contains("31/12/2036")
        .contains(today())
        .contains(bytes.length + " B")
        .contains("Chưa dùng trong hồ sơ nào");
    assertThat(listed(list, "can-cuoc-an.pdf")).isEqualTo(1);

    HttpResponse<String> again =
        upload(citizen, "CITIZEN_ID_CARD", "", pdf("can-cuoc-an-lan-2.pdf", bytes));
    assertThat(PortalClient.location(again)).contains("held=");
    String afterRepeat = citizen.follow(again).body();
    assertThat(afterRepeat)
        .contains(
            "Tệp can-cuoc-an.pdf đã có trong kho (tải lên ngày "
                + today()
                + "); không lưu thêm bản nữa.");
    assertThat(listed(afterRepeat, "can-cuoc-an.pdf")).isEqualTo(1);
    assertThat(listed(afterRepeat, "can-cuoc-an-lan-2.pdf")).isZero();
    assertThat(afterRepeat).as("the validity given first stays").contains("31/12/2036");

    // dates typed the Vietnamese way are taken too
    uploaded(
        citizen,
        "PORTRAIT_PHOTO",
        "01/02/2031",
        new PortalClient.FilePart("file", "anh-the.png", "image/png", Declarations.PNG));
    assertThat(citizen.get(PAGE).body()).contains("Ảnh chân dung").contains("01/02/2031");

    // in English on request; dates stay dd/MM/yyyy
    assertThat(citizen.get(PAGE + "?lang=en").body())
        .contains("My documents")
        .contains("Identity card")
        .contains("31/12/2036");
    citizen.get(PAGE + "?lang=vi");
  }

  @Test
  void aDocumentPastItsValidity_isMarkedExpired_andAPastDateIsRefused() {
    PortalClient citizen = PortalClient.signedIn(port, "citizen2");
    UUID id = uploaded(citizen, "RESIDENCE_CONFIRMATION", "", pdf("cu-tru.pdf", uniquePdf()));
    jdbc.update(
        "update stored_document set valid_until = ? where id = ?",
        TestClock.today().minusDays(3),
        id);
    String list = citizen.get(PAGE).body();
    assertThat(list)
        .contains(TestClock.today().minusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
        .contains("class=\"badge expired\">đã hết hạn</strong>");

    HttpResponse<String> past = upload(citizen, "OTHER", "2020-01-01", pdf("cu.pdf", uniquePdf()));
    assertThat(past.statusCode()).isEqualTo(422);
    assertThat(past.body())
        .contains("id=\"validUntil-error\"")
        .contains("Có giá trị đến: ngày này đã qua; giấy tờ hết hạn không dùng được để nộp hồ sơ.")
        .contains("href=\"#validUntil\"");
    assertThat(listed(citizen.get(PAGE).body(), "cu.pdf")).isZero();
  }

  @Test
  void aPdfDeclaredAsAnImage_orAnExeRenamed_isRefusedAtTheFileField_andNothingIsStored() {
    PortalClient citizen = PortalClient.signedIn(port, "citizen1");
    int before = citizen.get(PAGE).body().split("class=\"file-name\"").length;

    HttpResponse<String> disguised =
        upload(
            citizen,
            "PORTRAIT_PHOTO",
            "",
            new PortalClient.FilePart("file", "anh-chan-dung.png", "image/png", uniquePdf()));
    assertThat(disguised.statusCode()).isEqualTo(415);
    assertThat(disguised.body())
        .contains("class=\"error-summary\"")
        .contains(
            "<a href=\"#file\">Tệp anh-chan-dung.png: nội dung tệp (application/pdf) không khớp với tên hoặc kiểu tệp đã khai báo.</a>")
        .contains(
            "<p class=\"error\" id=\"file-error\">Tệp anh-chan-dung.png: nội dung tệp (application/pdf) không khớp")
        .contains("aria-describedby=\"file-hint file-error\"")
        .contains("aria-invalid=\"true\"")
        .as("what was typed comes back")
        .contains("<option value=\"PORTRAIT_PHOTO\" selected=\"selected\">");

    byte[] exe =
        ("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000This program cannot be run in DOS mode")
            .getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> renamed = upload(citizen, "CITIZEN_ID_CARD", "", pdf("can-cuoc.pdf", exe));
    assertThat(renamed.statusCode()).isEqualTo(415);
    assertThat(renamed.body())
        .contains("id=\"file-error\"")
        .contains("Tệp can-cuoc.pdf: chỉ nhận tệp PDF, JPEG hoặc PNG");

    HttpResponse<String> empty =
        citizen
            .openForm(PAGE)
            .postMultipart(
                PAGE,
                Map.of("type", "", "validUntil", "31/13/2030"),
                List.of(
                    new PortalClient.FilePart(
                        "file", "", "application/octet-stream", new byte[0])));
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(empty.body())
        .contains("id=\"type-error\"")
        .contains("Loại giấy tờ: vui lòng nhập thông tin bắt buộc.")
        .contains("id=\"validUntil-error\"")
        .contains("Có giá trị đến: ngày không hợp lệ")
        .contains("id=\"file-error\"")
        .contains("Tệp giấy tờ: vui lòng chọn tệp cần tải lên.");

    HttpResponse<String> unknownType = upload(citizen, "NOT_A_TYPE", "", pdf("x.pdf", uniquePdf()));
    assertThat(unknownType.body())
        .contains("id=\"type-error\"")
        .contains("Loại giấy tờ: lựa chọn không có trong danh sách.");

    assertThat(citizen.get(PAGE).body().split("class=\"file-name\"").length).isEqualTo(before);
  }

  @Test
  void aFileOverTheLimit_getsThePageThatSaysSo_notAForbiddenPage() {
    PortalClient citizen = PortalClient.signedIn(port, "citizen1");
    byte[] big = new byte[1024 * 1024 + 10];
    System.arraycopy(Declarations.PDF, 0, big, 0, Declarations.PDF.length);
    HttpResponse<String> answer = upload(citizen, "OTHER", "", pdf("lon.pdf", big));
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body())
        .contains("Tệp quá lớn")
        .contains("Mỗi tệp không được quá 1MB")
        .contains("href=\"/kho-tai-lieu\"");
  }

  @Test
  void onlyTheOwner_seesDownloadsAndRemovesADocument() {
    PortalClient owner = PortalClient.signedIn(port, "citizen1");
    byte[] bytes = uniquePdf();
    UUID id = uploaded(owner, "MARRIAGE_CERTIFICATE", "", pdf("Giấy kết hôn.pdf", bytes));

    HttpResponse<byte[]> download = owner.getBytes(PAGE + "/" + id + "/tai-ve");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(bytes);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("filename*=UTF-8''Gi%E1%BA%A5y%20k%E1%BA%BFt%20h%C3%B4n.pdf");

    PortalClient other = PortalClient.signedIn(port, "citizen2");
    assertThat(other.get(PAGE).body()).doesNotContain("Giấy kết hôn.pdf");
    assertThat(other.get(PAGE + "/" + id + "/tai-ve").statusCode()).isEqualTo(404);
    assertThat(other.get(PAGE + "/" + id + "/xoa").statusCode()).isEqualTo(404);
    assertThat(other.openForm(PAGE).post(PAGE + "/" + id + "/xoa", Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(other.get(PAGE + "/khong-phai-ma/tai-ve").statusCode()).isEqualTo(404);
    assertThat(owner.get(PAGE + "/" + id + "/tai-ve").statusCode())
        .as("still the owner's")
        .isEqualTo(200);

    PortalClient anonymous = new PortalClient(port);
    assertThat(PortalClient.location(anonymous.get(PAGE))).endsWith("/dang-nhap");
    assertThat(PortalClient.location(anonymous.get(PAGE + "/" + id + "/tai-ve")))
        .endsWith("/dang-nhap");
    assertThat(
            owner
                .postMultipartRaw(PAGE, Map.of("type", "OTHER"), List.of(pdf("x.pdf", uniquePdf())))
                .statusCode())
        .as("no CSRF token")
        .isEqualTo(403);
    assertThat(owner.get(PAGE).body().split("class=\"file-name\">x.pdf<").length).isEqualTo(1);
  }

  @Test
  void aDocumentUsedByADossier_showsWhere_andAfterRemovalTheDossierStillHasIt() throws Exception {
    PortalClient citizen = PortalClient.signedIn(port, "citizen1");
    byte[] bytes = uniquePdf();
    UUID id = uploaded(citizen, "BIRTH_CERTIFICATE", "", pdf("giay-chung-sinh-khoi.pdf", bytes));

    ApiClient api = new ApiClient(rest);
    Map<String, Object> dossier = new HashMap<>(Declarations.birthRegistration(3, "COUNTER", 5));
    dossier.put(
        "components",
        List.of(Map.of("requirementCode", "BIRTH_CERTIFICATE", "documentId", id.toString())));
    ResponseEntity<JsonNode> submitted = api.submit("citizen1", dossier, null);
    assertThat(submitted.getStatusCode().value())
        .as(String.valueOf(submitted.getBody()))
        .isEqualTo(201);
    String code = submitted.getBody().path("code").asText();

    String list = citizen.get(PAGE).body();
    assertThat(list).contains("<a href=\"/ho-so-cua-toi/" + code + "\">" + code + "</a>");

    String confirm = citizen.get(PAGE + "/" + id + "/xoa").body();
    assertThat(confirm)
        .contains("Xóa giấy tờ khỏi kho")
        .contains("giay-chung-sinh-khoi.pdf")
        .contains(code)
        .contains("mỗi hồ sơ giữ bản giấy tờ đã nộp");
    HttpResponse<String> removed = remove(citizen, id);
    assertThat(removed.statusCode()).isEqualTo(302);
    String after = citizen.follow(removed).body();
    assertThat(after).contains("Đã xóa tệp giay-chung-sinh-khoi.pdf khỏi kho.");
    assertThat(listed(after, "giay-chung-sinh-khoi.pdf")).isZero();
    assertThat(citizen.get(PAGE + "/" + id + "/tai-ve").statusCode()).isEqualTo(404);
    assertThat(api.get("citizen1", "/api/v1/documents").getBody().toString())
        .doesNotContain(id.toString());

    // the dossier keeps its component, bytes included, also after the sweeper has looked at them
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> jdbc.queryForObject("select count(*) from content_release", Integer.class) == 0);
    ResponseEntity<byte[]> component =
        rest.withBasicAuth("citizen1", ApiClient.PASSWORD)
            .exchange(
                "/api/v1/dossiers/" + code + "/components/" + id,
                HttpMethod.GET,
                null,
                byte[].class);
    assertThat(component.getStatusCode().value()).isEqualTo(200);
    assertThat(component.getBody()).isEqualTo(bytes);
    assertThat(
            api.get("citizen1", "/api/v1/dossiers/" + code).getBody().path("components").toString())
        .contains(id.toString());
    assertThat(stored(bytes)).isTrue();
    assertThat(
            rest.withBasicAuth("citizen2", ApiClient.PASSWORD)
                .exchange(
                    "/api/v1/dossiers/" + code + "/components/" + id,
                    HttpMethod.GET,
                    null,
                    byte[].class)
                .getStatusCode()
                .value())
        .isEqualTo(404);
    // and a new dossier can no longer take it from the repository
    ResponseEntity<JsonNode> reuse = api.submit("citizen1", dossier, null);
    assertThat(reuse.getStatusCode().value()).isEqualTo(422);
  }

  @Test
  void anUnusedDocument_isErased_butBytesAnotherDocumentHoldsAreKept() throws Exception {
    PortalClient citizen = PortalClient.signedIn(port, "citizen2");
    byte[] bytes = uniquePdf();
    UUID once = uploaded(citizen, "OTHER", "", pdf("mot-minh.pdf", bytes));
    UUID twice = uploaded(citizen, "RESIDENCE_CONFIRMATION", "", pdf("cung-noi-dung.pdf", bytes));
    assertThat(stored(bytes)).isTrue();

    String confirm = citizen.get(PAGE + "/" + once + "/xoa").body();
    assertThat(confirm).contains("tệp sẽ bị xóa hẳn khỏi hệ thống");
    assertThat(remove(citizen, once).statusCode()).isEqualTo(302);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> jdbc.queryForObject("select count(*) from content_release", Integer.class) == 0);
    assertThat(stored(bytes)).as("still held by the other document").isTrue();
    assertThat(citizen.getBytes(PAGE + "/" + twice + "/tai-ve").body()).isEqualTo(bytes);

    assertThat(remove(citizen, twice).statusCode()).isEqualTo(302);
    await().atMost(Duration.ofSeconds(10)).until(() -> !stored(bytes));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from stored_document where id in (?, ?)",
                Integer.class,
                once,
                twice))
        .as("nothing pointed at them: erased, not hidden")
        .isZero();
    assertThat(citizen.openForm(PAGE).post(PAGE + "/" + twice + "/xoa", Map.of()).statusCode())
        .as("gone")
        .isEqualTo(404);
  }
}
