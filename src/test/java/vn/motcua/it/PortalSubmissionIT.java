package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.notification.Outbox;

/**
 * Submitting a dossier on the portal without JavaScript: the declaration generated from the
 * procedure's Camunda Forms schema and filled from the profile, checked again on the server with
 * the message at each field and nothing typed lost; a document uploaded (a bad one refused at its
 * field), then reused from the repository; the level and delivery chosen; the review; the receipt.
 */
@IntegrationTest
class PortalSubmissionIT {

  static final String JRC = "3.000333";

  @LocalServerPort int port;

  @Autowired Outbox outbox;

  static Map<String, String> declaration() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("fullName", "Nguyễn Văn An");
    form.put("sex", "male");
    form.put("birthDate", "1990-03-14");
    form.put("birthPlace", "Xã Lam Thành, tỉnh Nghệ An");
    form.put("nationality", "Việt Nam");
    form.put("ethnicity", "Kinh");
    form.put("permanentResidence", "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An");
    form.put("citizenId", "040090001234");
    form.put("phone", "0912345678");
    form.put("residenceHistory", "Từ 2004 đến nay: xã Lam Thành, tỉnh Nghệ An");
    form.put("certificateType", "2");
    form.put("copies", "1");
    form.put("purpose", "Bổ sung hồ sơ xin việc");
    form.put("feeCategory", "standard");
    return form;
  }

  @Test
  void aLevel4Dossier_fromTheGeneratedForm_toTheReceipt_thenAgainReusingTheDocument() {
    PortalClient an = new PortalClient(port);
    assertThat(an.login("citizen1", "demo")).isEqualTo("/ho-so-cua-toi");
    assertThat(PortalClient.location(an.get("/nop-ho-so/" + JRC)))
        .isEqualTo("/nop-ho-so/" + JRC + "/to-khai");

    String form = an.get("/nop-ho-so/" + JRC + "/to-khai").body();
    assertThat(form)
        .as("generated from the schema, filled from the profile")
        .contains("<legend>Thông tin cá nhân</legend>")
        .contains("name=\"fullName\" type=\"text\" value=\"Nguyễn Văn An\"")
        .contains("name=\"citizenId\" type=\"text\" value=\"040090001234\"")
        .contains("name=\"birthDate\" type=\"date\" value=\"1990-03-14\"")
        .contains("<textarea")
        .contains("type=\"radio\"")
        .contains("<select")
        .contains("type=\"number\"")
        .contains("class=\"form-row\"");

    Map<String, String> incomplete = declaration();
    incomplete.remove("purpose");
    incomplete.put("copies", "99");
    HttpResponse<String> refused = an.post("/nop-ho-so/" + JRC + "/to-khai", incomplete);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("href=\"#f-purpose\"")
        .contains("Mục đích sử dụng Phiếu: vui lòng nhập thông tin bắt buộc.")
        .contains("id=\"f-copies-error\"")
        .contains("Số lượng Phiếu: không được lớn hơn 50.")
        .contains("value=\"Kinh\"")
        .contains("Từ 2004 đến nay");

    assertThat(PortalClient.location(an.post("/nop-ho-so/" + JRC + "/to-khai", declaration())))
        .isEqualTo("/nop-ho-so/" + JRC + "/giay-to");
    String documents = an.get("/nop-ho-so/" + JRC + "/giay-to").body();
    assertThat(documents)
        .contains("Không phải nộp: tra cứu từ cơ sở dữ liệu")
        .contains("name=\"file-RESIDENCE_PROOF\"");

    HttpResponse<String> disguised = residenceProof(an, Declarations.PNG);
    assertThat(disguised.statusCode()).isEqualTo(422);
    assertThat(disguised.body())
        .contains("id=\"file-RESIDENCE_PROOF-error\"")
        .contains("Tệp xac-nhan-cu-tru.pdf: nội dung tệp");

    HttpResponse<String> attached = residenceProof(an, Declarations.PDF);
    assertThat(PortalClient.location(attached)).isEqualTo("/nop-ho-so/" + JRC + "/nhan-ket-qua");

    an.get("/nop-ho-so/" + JRC + "/nhan-ket-qua");
    HttpResponse<String> noAddress =
        an.post(
            "/nop-ho-so/" + JRC + "/nhan-ket-qua", Map.of("level", "4", "deliveryMethod", "POST"));
    assertThat(noAddress.statusCode()).isEqualTo(422);
    assertThat(noAddress.body())
        .contains("Địa chỉ nhận kết quả qua bưu chính: vui lòng nhập thông tin bắt buộc.");
    assertThat(
            PortalClient.location(
                an.post(
                    "/nop-ho-so/" + JRC + "/nhan-ket-qua",
                    Map.of("level", "4", "deliveryMethod", "ELECTRONIC"))))
        .isEqualTo("/nop-ho-so/" + JRC + "/xem-lai");

    String review = an.get("/nop-ho-so/" + JRC + "/xem-lai").body();
    assertThat(review)
        .contains("Bổ sung hồ sơ xin việc")
        .contains("xac-nhan-cu-tru.pdf")
        .contains("14/03/1990")
        .contains("Toàn trình (mức 4)");
    assertThat(review).contains("Ký tờ khai").contains("Gửi mã ký qua SMS");
    HttpResponse<String> unsigned = an.post("/nop-ho-so/" + JRC + "/nop", Map.of());
    assertThat(unsigned.statusCode()).as("the procedure asks for a signature").isEqualTo(422);
    assertThat(unsigned.body())
        .contains("Vui lòng nhận mã ký và nhập mã trước khi nộp hồ sơ.")
        .contains("id=\"signingCode-error\"");
    String signingCode = requestSigningCode(an);
    HttpResponse<String> wrongCode =
        an.post(
            "/nop-ho-so/" + JRC + "/nop",
            Map.of("signingCode", signingCode.equals("000000") ? "111111" : "000000"));
    assertThat(wrongCode.statusCode()).isEqualTo(422);
    assertThat(wrongCode.body()).contains("Mã xác thực không đúng");
    HttpResponse<String> submitted =
        an.post("/nop-ho-so/" + JRC + "/nop", Map.of("signingCode", signingCode));
    String receipt = PortalClient.location(submitted);
    assertThat(receipt).matches("/ho-so-cua-toi/[^?]+\\?submitted");
    String code = receipt.substring("/ho-so-cua-toi/".length(), receipt.indexOf('?'));
    assertThat(an.get(receipt).body())
        .contains("Đã nộp hồ sơ")
        .contains(code)
        .contains("Mới đăng ký")
        .contains("xac-nhan-cu-tru.pdf")
        .contains("/tra-cuu/qr?code=" + code)
        .containsPattern(
            "Tờ khai được ký bằng mã xác thực gửi qua SMS 09\\*{6}78 \\(SHA-256 [0-9a-f]{64}\\)");
    assertThat(an.post("/nop-ho-so/" + JRC + "/nop", Map.of()).statusCode())
        .as("the draft is gone after submitting")
        .isEqualTo(302);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(outbox.latestTo("0912345678"))
                    .as("the code by SMS too")
                    .hasValueSatisfying(sms -> assertThat(sms.body()).contains(code)));
    assertThat(an.get("/ho-so-cua-toi").body()).contains(code).contains("Mới đăng ký");

    // again: the answers of the earlier dossier with consent, and the document from the repository
    String second = an.get("/nop-ho-so/" + JRC + "/to-khai").body();
    assertThat(second).contains("Điền sẵn tờ khai bằng thông tin đã khai ở hồ sơ đó");
    assertThat(an.get("/nop-ho-so/" + JRC + "/to-khai?from=" + code).body())
        .contains("Bổ sung hồ sơ xin việc");
    Map<String, String> again = declaration();
    an.post("/nop-ho-so/" + JRC + "/to-khai", again);
    String picker = an.get("/nop-ho-so/" + JRC + "/giay-to").body();
    Matcher reuse =
        Pattern.compile("name=\"chon-RESIDENCE_PROOF\" value=\"([0-9a-f-]{36})\"").matcher(picker);
    assertThat(reuse.find()).as("the uploaded document is offered again").isTrue();
    assertThat(
            PortalClient.location(
                an.postMultipart(
                    "/nop-ho-so/" + JRC + "/giay-to",
                    Map.of("chon-RESIDENCE_PROOF", reuse.group(1)),
                    List.of())))
        .isEqualTo("/nop-ho-so/" + JRC + "/nhan-ket-qua");
    an.post(
        "/nop-ho-so/" + JRC + "/nhan-ket-qua", Map.of("level", "3", "deliveryMethod", "COUNTER"));
    String secondCode = requestSigningCode(an);
    an.get("/nop-ho-so/" + JRC + "/to-khai");
    Map<String, String> changed = declaration();
    changed.put("purpose", "Đi du học");
    an.post("/nop-ho-so/" + JRC + "/to-khai", changed);
    an.get("/nop-ho-so/" + JRC + "/xem-lai");
    assertThat(an.post("/nop-ho-so/" + JRC + "/nop", Map.of("signingCode", secondCode)).body())
        .as("a code signs the declaration it was sent for, not a changed one")
        .contains("Tờ khai đã thay đổi sau khi gửi mã");
    String secondReceipt =
        PortalClient.location(
            an.post("/nop-ho-so/" + JRC + "/nop", Map.of("signingCode", requestSigningCode(an))));
    assertThat(secondReceipt).startsWith("/ho-so-cua-toi/").doesNotContain(code);
    assertThat(an.get(secondReceipt).body())
        .contains("xac-nhan-cu-tru.pdf")
        .contains("Một phần (mức 3)")
        .contains("Rút hồ sơ");

    // the citizen changes their mind: withdraw, after a confirmation page
    String secondPage = secondReceipt.substring(0, secondReceipt.indexOf('?'));
    assertThat(an.get(secondPage + "/rut").body()).contains("Xác nhận rút hồ sơ");
    assertThat(PortalClient.location(an.post(secondPage + "/rut", Map.of("reason", "Đã nộp nhầm"))))
        .isEqualTo(secondPage + "?withdrawn");
    assertThat(an.get(secondPage + "?withdrawn").body())
        .contains("Đã rút hồ sơ")
        .contains("Công dân đã rút hồ sơ")
        .contains("Công dân rút hồ sơ: Đã nộp nhầm")
        .doesNotContain("href=\"" + secondPage + "/rut\"");
    assertThat(an.get(secondPage + "?daRut").body())
        .as("a link with the former Vietnamese name")
        .contains("Đã rút hồ sơ. Hồ sơ dừng xử lý.");
    HttpResponse<String> secondClick =
        an.post(secondPage + "/rut", Map.of("reason", "Bấm hai lần"));
    assertThat(secondClick.statusCode()).as("a second click").isEqualTo(409);
    assertThat(secondClick.body())
        .contains("Không thực hiện được thao tác này")
        .contains("Xem trang hồ sơ");
  }

  /** Asks for the signing code by SMS from the review page and reads it from the SMS sandbox. */
  String requestSigningCode(PortalClient client) {
    client.get("/nop-ho-so/" + JRC + "/xem-lai");
    assertThat(
            PortalClient.location(
                client.post("/nop-ho-so/" + JRC + "/ky", Map.of("channel", "SMS"))))
        .isEqualTo("/nop-ho-so/" + JRC + "/xem-lai#ky");
    assertThat(client.get("/nop-ho-so/" + JRC + "/xem-lai").body())
        .contains("Mã ký đã được gửi tới 09******78");
    String sms = outbox.latestTo("0912345678").orElseThrow().body();
    Matcher m = Pattern.compile("Ma ky to khai Mot Cua: (\\d{6})").matcher(sms);
    assertThat(m.find()).as(sms).isTrue();
    return m.group(1);
  }

  @Test
  void everyComponentTypeOfTheSchema_isRendered_aChecklistToo() {
    PortalClient binh = new PortalClient(port);
    binh.login("citizen2", "demo");
    String form = binh.get("/nop-ho-so/1.001193/to-khai").body();
    assertThat(form)
        .contains("type=\"checkbox\" id=\"f-linkedServices\"")
        .contains("name=\"linkedServices\" value=\"permanentResidence\"")
        .contains("name=\"linkedServices\" value=\"healthInsurance\"")
        .contains("Đăng ký thường trú cho trẻ")
        .contains("<legend>Mẹ</legend>");
  }

  @Test
  void aDraft_belongsToItsAccount_evenWhenAnotherSignsInOnTheSameBrowser() {
    PortalClient kiosk = new PortalClient(port);
    kiosk.login("citizen1", "demo");
    kiosk.get("/nop-ho-so/" + JRC + "/to-khai");
    Map<String, String> typed = declaration();
    typed.put("purpose", "Việc riêng của An");
    kiosk.post("/nop-ho-so/" + JRC + "/to-khai", typed);
    kiosk.login("citizen2", "demo"); // An walked away without signing out
    assertThat(kiosk.get("/nop-ho-so/" + JRC + "/to-khai").body())
        .doesNotContain("Việc riêng của An")
        .contains("value=\"Trần Thị Bình\"");
    assertThat(kiosk.post("/nop-ho-so/1.001193/ky", Map.of("channel", "SMS")).statusCode())
        .as("no signing code for a procedure that does not sign")
        .isEqualTo(404);
  }

  @Test
  void someoneElsesDossier_isNotFound_andSubmittingNeedsSigningIn() {
    PortalClient stranger = new PortalClient(port);
    assertThat(PortalClient.location(stranger.get("/nop-ho-so/" + JRC + "/to-khai")))
        .isEqualTo("/dang-nhap");
    stranger.login("citizen2", "demo");
    assertThat(stranger.get("/ho-so-cua-toi/000.00.00.H41-261126-0001").statusCode())
        .isEqualTo(404);
  }

  /**
   * Attaches {@code bytes} as the residence proof of the judicial-record request, by a PDF's name.
   */
  static HttpResponse<String> residenceProof(PortalClient client, byte[] bytes) {
    return client.postMultipart(
        "/nop-ho-so/" + JRC + "/giay-to",
        Map.of(),
        List.of(
            new PortalClient.FilePart(
                "file-RESIDENCE_PROOF", "xac-nhan-cu-tru.pdf", "application/pdf", bytes)));
  }
}
