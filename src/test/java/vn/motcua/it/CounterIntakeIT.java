package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The counter over real HTTP: a one-stop officer signs in with the Camunda account, receives a
 * walk-in birth registration (for a citizen without a portal account, and for citizen1 who has
 * one), and prints the receipt; an invalid declaration comes back with the field named and what was
 * typed kept; other desks and other roles are refused.
 */
@IntegrationTest
class CounterIntakeIT {

  static final String BIRTH = "1.001193";
  static final String RECEIPT = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
  static final Pattern CODE = Pattern.compile("/quay/ho-so/([^/?#]+)$");

  @LocalServerPort int port;

  @Autowired TestRestTemplate rest;

  /** A browser signed in at the counter's login form as {@code officer}. */
  PortalClient officer(String officer) {
    PortalClient client = new PortalClient(port);
    client.openForm("/quay/dang-nhap");
    HttpResponse<String> login =
        client.post("/quay/dang-nhap", Map.of("username", officer, "password", ApiClient.PASSWORD));
    assertThat(PortalClient.location(login)).as("sign-in of " + officer).isEqualTo("/quay");
    return client;
  }

  /** The declaration as the form posts it (the applicant's own inputs are prefixed). */
  static Map<String, String> walkIn(String citizenId, String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("applicant-citizenId", citizenId);
    fields.put("applicant-fullName", name);
    fields.put("applicant-phone", "0912000111");
    fields.put("applicant-address", "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An");
    @SuppressWarnings("unchecked")
    Map<String, Object> form =
        (Map<String, Object>) Declarations.birthRegistration(3, "COUNTER", 10).get("formData");
    form.forEach((k, v) -> fields.put(k, String.valueOf(v)));
    fields.put("applicantFullName", name);
    fields.put("applicantCitizenId", citizenId);
    fields.put("receivingUnit", "lamthanh");
    fields.put("resolvingAgency", "lamthanh");
    fields.put("deliveryMethod", "COUNTER");
    return fields;
  }

  static List<PortalClient.FilePart> scans() {
    ApiClient.File file = Declarations.birthCertificate();
    return List.of(
        new PortalClient.FilePart(
            "doc-BIRTH_CERTIFICATE", file.name(), file.contentType(), file.bytes()));
  }

  /** Receives the walk-in dossier; answers its code. */
  String receive(PortalClient desk, Map<String, String> fields) {
    desk.openForm("/quay/" + BIRTH);
    HttpResponse<String> posted = desk.postMultipart("/quay/" + BIRTH, fields, scans());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    Matcher m = CODE.matcher(PortalClient.location(posted));
    assertThat(m.find()).as(PortalClient.location(posted)).isTrue();
    return m.group(1);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void aWalkInWithoutAccount_isReceivedAtOnce_andTheReceiptPrints() throws Exception {
    PortalClient desk = officer("mc.lamthanh");
    assertThat(desk.get("/quay").body()).contains("Đăng ký khai sinh").contains(BIRTH);
    String code = receive(desk, walkIn("040201009999", "Lê Thị Thu"));

    String page = desk.get("/quay/ho-so/" + code).body();
    assertThat(page)
        .contains(code)
        .contains("Đã tiếp nhận")
        .contains("Người nộp chưa có tài khoản")
        .contains("Hẹn trả kết quả")
        .contains("/quay/ho-so/" + code + "/giay-tiep-nhan.pdf")
        .contains("In giấy tiếp nhận");

    HttpResponse<byte[]> pdf = desk.getBytes("/quay/ho-so/" + code + "/giay-tiep-nhan.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
    String text = text(pdf.body());
    assertThat(text)
        .contains("GIẤY TIẾP NHẬN")
        .contains(RECEIPT)
        .contains("Mã hồ sơ: " + code)
        .contains("Lê Thị Thu")
        .contains("Nguyễn Thị Mai"); // the receiving officer, by name

    // the same process goes on: the specialist's assessment is next, as after any reception
    ApiClient api = new ApiClient(rest);
    api.awaitTask("cv.lamthanh", code, vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER);
    assertThat(api.tasks("mc.lamthanh", code).toString())
        .doesNotContain(vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER);
  }

  @Test
  void aCitizenWithAnAccount_seesTheDossierInTheirList() throws Exception {
    PortalClient desk = officer("mc.lamthanh");
    String code = receive(desk, walkIn("040090001234", "Nguyễn Văn An"));

    assertThat(desk.get("/quay/ho-so/" + code).body()).contains("citizen1");
    PortalClient citizen = PortalClient.signedIn(port, "citizen1");
    assertThat(citizen.get("/ho-so-cua-toi").body()).contains(code);
    assertThat(citizen.get("/ho-so-cua-toi/" + code).body()).contains("Đã tiếp nhận");
    assertThat(text(citizen.getBytes("/ho-so-cua-toi/" + code + "/phieu/01.pdf").body()))
        .contains(RECEIPT);
  }

  @Test
  void anInvalidDeclaration_namesTheField_andKeepsWhatWasTyped() {
    PortalClient desk = officer("mc.lamthanh");
    Map<String, String> fields = walkIn("040201008888", "Phan Văn Tài");
    fields.remove("childFullName");
    fields.put("applicant-phone", "12345");
    desk.openForm("/quay/" + BIRTH);
    HttpResponse<String> posted = desk.postMultipart("/quay/" + BIRTH, fields, scans());
    assertThat(posted.statusCode()).isEqualTo(422);
    assertThat(posted.body())
        .contains("Họ, chữ đệm, tên: vui lòng nhập thông tin bắt buộc.")
        .contains("Số điện thoại: không đúng định dạng.")
        .contains("value=\"Phan Văn Tài\"")
        .contains("Trần Thị Hoa")
        .contains("Đã nhận tệp giay-chung-sinh.pdf");

    // corrected, without sending the scan again: the one received first is used
    fields.put("childFullName", "Phan Minh Khang");
    fields.put("applicant-phone", "0912000222");
    HttpResponse<String> again = desk.postMultipart("/quay/" + BIRTH, fields, List.of());
    assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
    assertThat(PortalClient.location(again)).startsWith("/quay/ho-so/");
  }

  @Test
  void otherDesks_otherRoles_andForgedPosts_areRefused() {
    PortalClient lamThanh = officer("mc.lamthanh");
    String code = receive(lamThanh, walkIn("040201007777", "Đỗ Văn Hải"));

    // another commune's one-stop officer: the page works, this dossier and this desk do not
    PortalClient hungNguyen = officer("mc.hungnguyen");
    assertThat(hungNguyen.get("/quay/ho-so/" + code).statusCode()).isEqualTo(403);
    assertThat(hungNguyen.getBytes("/quay/ho-so/" + code + "/giay-tiep-nhan.pdf").statusCode())
        .isEqualTo(403);
    hungNguyen.openForm("/quay/" + BIRTH);
    HttpResponse<String> elsewhere =
        hungNguyen.postMultipart("/quay/" + BIRTH, walkIn("040201006666", "Vũ Thị Hà"), scans());
    assertThat(elsewhere.statusCode()).isEqualTo(422);
    assertThat(elsewhere.body()).contains("Nơi tiếp nhận: bạn không thuộc Bộ phận Một cửa");

    // a specialist is no one-stop officer
    PortalClient specialist = officer("cv.lamthanh");
    assertThat(specialist.get("/quay").statusCode()).isEqualTo(403);
    assertThat(specialist.get("/quay/ho-so/" + code).statusCode()).isEqualTo(403);

    // nobody signed in: the counter's login; a citizen's portal session does not count
    assertThat(PortalClient.location(new PortalClient(port).get("/quay")))
        .endsWith("/quay/dang-nhap");
    assertThat(PortalClient.location(PortalClient.signedIn(port, "citizen1").get("/quay")))
        .endsWith("/quay/dang-nhap");

    // no CSRF token
    HttpResponse<String> forged =
        lamThanh.postMultipartRaw("/quay/" + BIRTH, walkIn("040201005555", "Hồ Văn Nam"), scans());
    assertThat(forged.statusCode()).isEqualTo(403);

    // an unknown account (a wrong password would make Camunda hold the demo officer's next
    // sign-ins back for a few seconds, and other tests share the accounts)
    PortalClient wrong = new PortalClient(port);
    wrong.openForm("/quay/dang-nhap");
    assertThat(
            PortalClient.location(
                wrong.post(
                    "/quay/dang-nhap", Map.of("username", "mc.khong-co", "password", "demo"))))
        .endsWith("/quay/dang-nhap?error");
  }
}
