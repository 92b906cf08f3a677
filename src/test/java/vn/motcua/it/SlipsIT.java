package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.motcua.notification.Outbox;
import vn.motcua.notification.OutboxMessage;

/**
 * The official slips of Circular 03/2025/TT-VPCP over HTTP: each made at its step and mailed to the
 * applicant, downloaded by the applicant (API and portal) and by the officers of the agencies that
 * work the dossier, refused to everyone else; the PDF carries its Vietnamese title and a QR code
 * that opens the dossier's look-up. Writes one sample of each slip and of the register (CSV, XLSX)
 * to {@code target/samples/} ({@link Samples}).
 */
@IntegrationTest
class SlipsIT {

  static final String CITIZEN_MAIL = "an.nguyen@example.vn";

  static final String RECEIPT = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
  static final String SUPPLEMENT = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
  static final String REFUSAL = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";
  static final String APOLOGY = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";
  static final String STOP = "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ";
  static final String CONTROL = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";

  @Autowired TestRestTemplate rest;

  @Autowired Outbox outbox;

  @LocalServerPort int port;

  ApiClient api;

  @BeforeEach
  void client() throws IOException {
    api = new ApiClient(rest);
  }

  String submitBirth() {
    return api.submitOnlineBirthRegistration("citizen1");
  }

  String receivedBirth() {
    String code = submitBirth();
    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    api.awaitStatus("citizen1", code, "RECEIVED");
    return code;
  }

  @Test
  void theReceipt_isMadeOnReception_mailed_andOpensForTheOwnerAndTheDesk() throws Exception {
    String code = receivedBirth();

    OutboxMessage mail = mailWithAttachment(code, "giay-tiep-nhan-" + code + ".pdf");
    assertThat(mail.subject()).contains(code);

    byte[] pdf = slip("citizen1", code, "01", 200);
    String text = text(pdf);
    assertThat(text)
        .contains(RECEIPT)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("UBND XÃ LAM THÀNH")
        .contains("BỘ PHẬN MỘT CỬA")
        .contains("Mã hồ sơ: " + code)
        .contains("Nguyễn Văn An")
        .contains("Đăng ký khai sinh")
        .contains("NGƯỜI TIẾP NHẬN HỒ SƠ")
        .contains("Nguyễn Thị Mai")
        .containsPattern("\\d{2}/\\d{2}/\\d{4}");
    assertThat(qr(pdf)).isEqualTo(lookup(code));
    Samples.pdf("slip-01-receipt.pdf", pdf, RECEIPT);

    // the desk that received it, and the portal's page
    assertThat(text(slip("mc.lamthanh", code, "01", 200))).contains(RECEIPT);
    PortalClient portal = PortalClient.signedIn(port, "citizen1");
    assertThat(portal.get("/ho-so-cua-toi/" + code).body())
        .contains("/ho-so-cua-toi/" + code + "/phieu/01.pdf")
        .doesNotContain("/phieu/06.pdf");
    HttpResponse<byte[]> download = portal.getBytes("/ho-so-cua-toi/" + code + "/phieu/01.pdf");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(text(download.body())).contains(RECEIPT);
    assertThat(portal.getBytes("/ho-so-cua-toi/" + code + "/phieu/02.pdf").statusCode())
        .as("not issued")
        .isEqualTo(404);

    // the API's list for the owner and for an officer
    assertThat(api.get("citizen1", "/api/v1/dossiers/" + code + "/slips").getBody().toString())
        .contains("\"number\":\"01\"")
        .doesNotContain("\"number\":\"06\"");
    assertThat(api.get("cv.lamthanh", "/api/v1/dossiers/" + code + "/slips").getBody().toString())
        .contains("\"number\":\"01\"")
        .contains("\"number\":\"06\"");
  }

  @Test
  void nobodyElse_opensTheSlips() {
    String code = receivedBirth();
    // another citizen: the dossier does not exist for them; another commune's desk: forbidden
    slip("citizen2", code, "01", 404);
    slip("mc.hungnguyen", code, "01", 403);
    slip("mc.hungnguyen", code, "06", 403);
    // the owner: not the officers' process-control slip, not a slip not issued
    slip("citizen1", code, "06", 404);
    slip("citizen1", code, "03", 404);
    slip("citizen1", code, "04", 404);
    slip("citizen1", code, "99", 404);
    // no account, a wrong password
    assertThat(
            rest.getForEntity("/api/v1/dossiers/" + code + "/slips/01.pdf", byte[].class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
    assertThat(
            rest.withBasicAuth("citizen1", "wrong")
                .getForEntity("/api/v1/dossiers/" + code + "/slips/01.pdf", byte[].class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
    PortalClient other = PortalClient.signedIn(port, "citizen2");
    assertThat(other.getBytes("/ho-so-cua-toi/" + code + "/phieu/01.pdf").statusCode())
        .isEqualTo(404);
  }

  @Test
  void theSupplementRequest_carriesWhatIsMissing() throws Exception {
    String code = submitBirth();
    api.requestSupplement(code, "Thiếu bản chụp giấy chứng sinh có dấu của bệnh viện");
    api.awaitStatus("citizen1", code, "SUPPLEMENT_REQUESTED");

    mailWithAttachment(code, "phieu-yeu-cau-bo-sung-" + code + ".pdf");
    byte[] pdf = slip("citizen1", code, "02", 200);
    assertThat(text(pdf))
        .contains(SUPPLEMENT)
        .contains("Thiếu bản chụp giấy chứng sinh có dấu của bệnh viện")
        .contains("Mã hồ sơ: " + code);
    assertThat(qr(pdf)).isEqualTo(lookup(code));
    Samples.pdf("slip-02-supplement-request.pdf", pdf, SUPPLEMENT);
  }

  @Test
  void theRefusal_carriesItsReason() throws Exception {
    String code = submitBirth();
    api.completeTask(
        "mc.lamthanh",
        code,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of(
            "receiveDecision",
            "refuse",
            "receiveReason",
            "Trẻ đã được đăng ký khai sinh tại xã khác"));
    api.awaitStatus("citizen1", code, "REFUSED");

    mailWithAttachment(code, "phieu-tu-choi-" + code + ".pdf");
    byte[] pdf = slip("citizen1", code, "03", 200);
    assertThat(text(pdf)).contains(REFUSAL).contains("Trẻ đã được đăng ký khai sinh tại xã khác");
    Samples.pdf("slip-03-refusal.pdf", pdf, REFUSAL);
  }

  @Test
  void theStopNotice_isTheResolvingAgencys_andTheControlSlipFollowsTheTimeline() throws Exception {
    String code = receivedBirth();
    api.completeTask(
        "cv.lamthanh",
        code,
        USER_TASK_ASSESS_DOSSIER,
        Map.of("assessDecision", "stop", "assessReason", "Người yêu cầu không có quyền đăng ký"));
    api.awaitStatus("citizen1", code, "STOPPED");

    mailWithAttachment(code, "thong-bao-dung-" + code + ".pdf");
    byte[] pdf = slip("citizen1", code, "05", 200);
    assertThat(text(pdf))
        .contains(STOP)
        .contains("UBND TỈNH NGHỆ AN")
        .contains("UBND XÃ LAM THÀNH")
        .contains("Người yêu cầu không có quyền đăng ký");
    Samples.pdf("slip-05-stop-notice.pdf", pdf, STOP);

    byte[] control = slip("ld.lamthanh", code, "06", 200);
    assertThat(text(control).replaceAll("\\s+", " "))
        .contains(CONTROL)
        .contains("Nguyễn Thị Mai")
        .contains("Lê Văn Hùng")
        .contains("Người yêu cầu không có quyền đăng ký");
    assertThat(qr(control)).isEqualTo(lookup(code));
    Samples.pdf("slip-06-process-control.pdf", control, CONTROL);
  }

  @Test
  void theApology_isRenderedForOfficersFromANewAppointmentAndAReason() throws Exception {
    String code = receivedBirth();
    String late = TestClock.today().plusDays(20).toString();
    String path =
        "/api/v1/dossiers/"
            + code
            + "/slips/04.pdf?newAppointment="
            + late
            + "&reason=Chờ kết quả xác minh của Công an xã";
    ResponseEntity<byte[]> apology =
        rest.withBasicAuth("ld.lamthanh", ApiClient.PASSWORD).getForEntity(path, byte[].class);
    assertThat(apology.getStatusCode().value()).isEqualTo(200);
    String text = text(apology.getBody());
    String day = TestClock.today().plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(text)
        .contains(APOLOGY)
        .contains("Chờ kết quả xác minh của Công an xã")
        .contains(day);
    Samples.pdf("slip-04-apology.pdf", apology.getBody(), APOLOGY);

    assertThat(
            rest.withBasicAuth("citizen1", ApiClient.PASSWORD)
                .getForEntity(path, byte[].class)
                .getStatusCode()
                .value())
        .isEqualTo(404);
    ResponseEntity<String> early =
        rest.withBasicAuth("ld.lamthanh", ApiClient.PASSWORD)
            .getForEntity(
                "/api/v1/dossiers/" + code + "/slips/04.pdf?newAppointment=2020-01-01&reason=x",
                String.class);
    assertThat(early.getStatusCode().value()).isEqualTo(400);
    assertThat(early.getBody()).contains("newAppointment");
  }

  @Test
  void theRegister_isTheAgencysOwn_asCsvAndXlsx() throws Exception {
    String code = receivedBirth();
    String today = TestClock.today().toString();
    String query = "?from=" + today + "&to=" + today;

    ResponseEntity<byte[]> csv =
        rest.withBasicAuth("ld.lamthanh", ApiClient.PASSWORD)
            .getForEntity("/api/v1/agencies/lamthanh/register.csv" + query, byte[].class);
    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    String lines = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(lines)
        .startsWith("\uFEFF\"STT\",\"Mã hồ sơ\"")
        .contains("\"" + code + "\"")
        .contains("Nguyễn Văn An");
    assertThat(lines.split(Pattern.quote("\"" + code + "\""), -1))
        .as("one row for the dossier, whatever the length of its timeline")
        .hasSize(2);
    Samples.write("register.csv", csv.getBody());

    ResponseEntity<byte[]> xlsx =
        rest.withBasicAuth("mc.lamthanh", ApiClient.PASSWORD)
            .getForEntity("/api/v1/agencies/lamthanh/register.xlsx" + query, byte[].class);
    assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      for (Row row : book.getSheetAt(0)) {
        for (Cell cell : row) {
          cells.add(cell.getStringCellValue());
        }
      }
    }
    assertThat(cells).contains("SỔ THEO DÕI HỒ SƠ", "Mã hồ sơ", code, "Nguyễn Văn An");
    Samples.write("register.xlsx", xlsx.getBody());

    for (String[] denied :
        new String[][] {{"mc.hungnguyen", "403"}, {"citizen1", "403"}, {"analyst", "403"}}) {
      assertThat(
              rest.withBasicAuth(denied[0], ApiClient.PASSWORD)
                  .getForEntity("/api/v1/agencies/lamthanh/register.csv" + query, String.class)
                  .getStatusCode()
                  .value())
          .as(denied[0])
          .isEqualTo(Integer.parseInt(denied[1]));
    }
    ResponseEntity<String> badPeriod =
        rest.withBasicAuth("ld.lamthanh", ApiClient.PASSWORD)
            .getForEntity(
                "/api/v1/agencies/lamthanh/register.csv?from=" + today + "&to=2020-01-01",
                String.class);
    assertThat(badPeriod.getStatusCode().value()).isEqualTo(400);
    assertThat(badPeriod.getBody()).contains("from").contains("to");
  }

  /**
   * Slips read by poppler's pdftotext as a reader's tool would show their titles (each sample is
   * read so before it is written: {@link Samples}).
   */
  @Test
  void pdftotext_readsTheVietnameseTitleOfEachSample() throws Exception {
    String code = receivedBirth();
    Map<String, String> titles = Map.of("01", RECEIPT, "06", CONTROL);
    Path dir = Files.createTempDirectory("slips");
    for (var entry : titles.entrySet()) {
      Path file = dir.resolve(entry.getKey() + ".pdf");
      Files.write(file, slip("mc.lamthanh", code, entry.getKey(), 200));
      assertThat(pdftotext(file)).as(entry.getKey()).contains(entry.getValue());
    }
  }

  /** The PDF's text as poppler reads it; skipped where poppler-utils is not installed. */
  static String pdftotext(Path pdf) throws Exception {
    String text = Samples.pdftotext(pdf);
    Assumptions.assumeTrue(text != null, "pdftotext (poppler-utils) is not installed");
    return text;
  }

  /** The public look-up of the dossier, as this server's address forms it. */
  String lookup(String code) {
    return "http://localhost:" + port + "/tra-cuu?code=" + code;
  }

  byte[] slip(String user, String code, String number, int status) {
    ResponseEntity<byte[]> response =
        rest.withBasicAuth(user, ApiClient.PASSWORD)
            .getForEntity("/api/v1/dossiers/" + code + "/slips/" + number + ".pdf", byte[].class);
    assertThat(response.getStatusCode().value())
        .as(user + " GET slip " + number + " of " + code)
        .isEqualTo(status);
    return response.getBody();
  }

  /** The status mail to the applicant with this attachment, as the outbox recorded it. */
  OutboxMessage mailWithAttachment(String code, String fileName) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                outbox.recent(500).stream()
                    .filter(m -> m.channel() == OutboxMessage.Channel.EMAIL)
                    .filter(m -> CITIZEN_MAIL.equals(m.recipient()))
                    .filter(m -> code.equals(m.reference()))
                    .filter(m -> m.body().contains(fileName))
                    .findFirst()
                    .orElse(null),
            m -> m != null);
  }

  static String text(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The first image on the slip's first page read as a QR code. */
  static String qr(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDResources resources = document.getPage(0).getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image) {
          BufferedImage picture = image.getImage();
          return new QRCodeReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture))))
              .getText();
        }
      }
    }
    throw new AssertionError("no image on the slip");
  }
}
