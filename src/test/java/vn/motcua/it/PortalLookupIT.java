package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.it.Declarations.BINH_CITIZEN_ID;
import static vn.motcua.it.Declarations.BINH_PHONE;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.notification.Outbox;
import vn.motcua.notification.OutboxMessage;

/**
 * The public look-up's pages as a browser without JavaScript uses them, over real HTTP with a
 * cookie jar: by dossier code, by citizen ID with the one-time code the SMS sandbox "sent", the
 * CSRF token the POSTs need, the API's rate limits (the same buckets), and the QR code that opens
 * the page. Each test is its own client ({@code X-Forwarded-For}, as in {@link PublicLookupIT});
 * the limits refill slowly here so that no token comes back while a test runs.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:portallookup;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents",
      "motcua.public-base-url=https://motcua.example.vn"
    })
@ActiveProfiles("demo")
@DirtiesContext
@LookupLimitsPerClient
class PortalLookupIT {

  static final Pattern TIMELINE_ENTRY =
      Pattern.compile(
          "<time datetime=\"[^\"]+\">(\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2})</time>\\s*<strong class=\"status\">([^<]+)</strong>");
  static final AtomicInteger CLIENTS = new AtomicInteger();
  static String receivedCode;

  @Autowired TestRestTemplate rest;

  @Autowired Outbox outbox;

  @LocalServerPort int port;

  /** This test's client address (the API's calls come from it too). */
  String address;

  /**
   * This test's browser: its own cookies (the session that holds the CSRF token), its own address,
   * no redirects followed.
   */
  PortalClient visitor;

  @BeforeEach
  void newVisitor() {
    address = "203.0.113." + CLIENTS.incrementAndGet();
    visitor = new PortalClient(port, address);
  }

  /**
   * Trần Thị Bình's judicial-record request, received by the provincial centre: two steps so far.
   */
  String receivedDossier() {
    if (receivedCode == null) {
      receivedCode = new ApiClient(rest).receivedJudicialRecord("citizen2");
    }
    return receivedCode;
  }

  static String hidden(String page, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
    assertThat(m.find()).as("hidden field " + name).isTrue();
    return m.group(1);
  }

  /** The SMS of that code request (status notifications go to the same phone, asynchronously). */
  String otpOf(String requestId) {
    OutboxMessage sms =
        outbox.recent(100).stream()
            .filter(m -> ("lookup:" + requestId).equals(m.reference()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no SMS for request " + requestId));
    assertThat(sms.recipient()).isEqualTo(BINH_PHONE);
    Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(sms.body());
    assertThat(m.find()).as(sms.body()).isTrue();
    return m.group(1);
  }

  long lastOutboxId() {
    List<OutboxMessage> last = outbox.recent(1);
    return last.isEmpty() ? 0 : last.get(0).id();
  }

  @Test
  void byCode_showsTheDossier_withTheNameMasked_itsStatus_andItsSteps() throws Exception {
    String code = receivedDossier();
    JsonNode api = apiLookup(code);

    HttpResponse<String> response = visitor.get("/tra-cuu?code=" + code.toLowerCase());

    assertThat(response.statusCode()).isEqualTo(200);
    String page = response.body();
    assertThat(page)
        .contains("<html lang=\"vi\"")
        .contains("<title>Hồ sơ " + code + " — Một Cửa</title>")
        .contains("<dd class=\"code\">" + code + "</dd>")
        .contains("Cấp Phiếu lý lịch tư pháp")
        .contains("<dd lang=\"vi\">Trần T** B***</dd>")
        .containsPattern(
            "<dt>Ngày tiếp nhận</dt>\\s*<dd>"
                + Pattern.quote(api.path("receivedDate").asText())
                + "</dd>")
        .containsPattern(
            "<dt>Ngày hẹn trả kết quả</dt>\\s*<dd>"
                + Pattern.quote(api.path("appointmentDate").asText())
                + "</dd>")
        .containsPattern(
            "<dt>Trạng thái</dt>\\s*<dd><strong class=\"status\">Đã tiếp nhận</strong></dd>")
        .doesNotContain("Trần Thị Bình", "TRẦN THỊ BÌNH", BINH_CITIZEN_ID, BINH_PHONE, "mc.tinh");
    Matcher steps = TIMELINE_ENTRY.matcher(page);
    StringBuilder timeline = new StringBuilder();
    while (steps.find()) {
      timeline.append(steps.group(2)).append(" @ ").append(steps.group(1)).append('\n');
    }
    assertThat(timeline.toString())
        .as("oldest first, dd/MM/yyyy HH:mm")
        .matches(
            "Mới đăng ký @ \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\nĐã tiếp nhận @ \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\n");
    assertThat(page)
        .as("the QR code that reopens this page, with its alt text")
        .contains("<img src=\"/tra-cuu/qr?code=" + code + "\"")
        .contains("alt=\"Mã QR mở trang tra cứu hồ sơ " + code + "\"");
  }

  @Test
  void theTimeOfAStep_isVietnamTime() throws Exception {
    String code = receivedDossier();
    JsonNode api = apiLookup(code);
    Instant submitted = Instant.parse(api.path("stages").get(0).path("at").asText());
    String expected =
        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .format(submitted.atZone(ZoneId.of("Asia/Ho_Chi_Minh")));

    Matcher first = TIMELINE_ENTRY.matcher(visitor.get("/tra-cuu?code=" + code).body());
    assertThat(first.find()).isTrue();
    assertThat(first.group(1)).isEqualTo(expected);
  }

  @Test
  void inEnglish_whenChosen() throws Exception {
    String code = receivedDossier();
    String page = visitor.get("/tra-cuu?code=" + code + "&lang=en").body();
    assertThat(page)
        .contains("<html lang=\"en\"")
        .contains("Dossier details")
        .contains("<dt>Applicant</dt>")
        .contains("<strong class=\"status\">Received</strong>")
        .contains("Trần T** B***");
    assertThat(visitor.get("/tra-cuu").body())
        .as("remembered")
        .contains("<html lang=\"en\"")
        .contains("By dossier code");
  }

  @Test
  void anUnknownCode_saysSoAtTheTopAndAtTheField_keepingWhatWasTyped() throws Exception {
    HttpResponse<String> response = visitor.get("/tra-cuu?code=000.00.04.H40-261126-9999");

    assertThat(response.statusCode()).isEqualTo(404);
    String page = response.body();
    String message =
        "Không có hồ sơ nào mang mã này. Vui lòng kiểm tra lại mã hồ sơ ghi trên giấy tiếp nhận và hẹn trả kết quả.";
    assertThat(page)
        .contains("<title>Lỗi: Tra cứu hồ sơ — Một Cửa</title>")
        .contains("<div class=\"error-summary\" role=\"alert\"")
        .contains("<a href=\"#code\">" + message + "</a>")
        .contains("<p class=\"error\" id=\"code-error\">")
        .contains("value=\"000.00.04.H40-261126-9999\"")
        .contains("aria-describedby=\"code-hint code-error\"")
        .contains("aria-invalid=\"true\"");
    assertThat(page.split(Pattern.quote(message), -1)).as("at the top and at the field").hasSize(3);

    HttpResponse<String> empty = visitor.get("/tra-cuu?code=+");
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(empty.body()).contains("<a href=\"#code\">Nhập mã hồ sơ.</a>");

    HttpResponse<String> start = visitor.get("/tra-cuu");
    assertThat(start.statusCode()).isEqualTo(200);
    assertThat(start.body())
        .doesNotContain("error-summary")
        .contains("Tra cứu bằng số định danh cá nhân");
  }

  @Test
  void byCitizenId_theDossiersOpenWithTheCodeSentBySms_andAWrongCodeIsSaidAtTheField()
      throws Exception {
    String code = receivedDossier();
    visitor.get("/tra-cuu");

    HttpResponse<String> sent =
        visitor.post("/tra-cuu/cccd", Map.of("citizenId", "040 195 004 321"));

    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body())
        .contains("<h1>Nhập mã xác thực</h1>")
        .contains("09******21")
        .doesNotContain(BINH_PHONE);
    String requestId = hidden(sent.body(), "request");
    String otp = otpOf(requestId);

    HttpResponse<String> wrong =
        visitor.post(
            "/tra-cuu/xac-thuc",
            Map.of(
                "request",
                requestId,
                "phone",
                hidden(sent.body(), "phone"),
                "otp",
                otp.equals("000000") ? "111111" : "000000"));
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(wrong.body())
        .contains("<title>Lỗi: Nhập mã xác thực — Một Cửa</title>")
        .contains(
            "<a href=\"#otp\">Mã xác thực không đúng. Vui lòng kiểm tra lại tin nhắn SMS.</a>")
        .contains("<p class=\"error\" id=\"otp-error\">")
        .contains("aria-describedby=\"otp-hint otp-error\"")
        .contains("09******21")
        .doesNotContain(code);
    assertThat(hidden(wrong.body(), "request"))
        .as("the request is kept for the next try")
        .isEqualTo(requestId);

    HttpResponse<String> typo =
        visitor.post("/tra-cuu/xac-thuc", Map.of("request", requestId, "otp", "12345"));
    assertThat(typo.statusCode()).isEqualTo(422);
    assertThat(typo.body()).contains("Mã xác thực gồm đúng 6 chữ số.");

    HttpResponse<String> opened =
        visitor.post("/tra-cuu/xac-thuc", Map.of("request", requestId, "otp", otp));
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body())
        .contains("Hồ sơ mang số định danh này")
        .contains("<h2 class=\"code\">" + code + "</h2>")
        .contains("<dd lang=\"vi\">Trần T** B***</dd>")
        .contains("<strong class=\"status\">Đã tiếp nhận</strong>")
        .contains("href=\"/tra-cuu?code=" + code + "\"")
        .doesNotContain("Trần Thị Bình", BINH_CITIZEN_ID, BINH_PHONE);

    HttpResponse<String> again =
        visitor.post("/tra-cuu/xac-thuc", Map.of("request", requestId, "otp", otp));
    assertThat(again.statusCode()).as("single use").isEqualTo(403);
    assertThat(again.body())
        .contains("Mã xác thực đã được sử dụng")
        .contains("Yêu cầu mã mới")
        .doesNotContain(code);
  }

  @Test
  void aMalformedCitizenId_isSaidAtTheField_andSendsNothing() throws Exception {
    visitor.get("/tra-cuu");
    long before = lastOutboxId();

    HttpResponse<String> response =
        visitor.post("/tra-cuu/cccd", Map.of("citizenId", "04019500432"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains(
            "<a href=\"#citizenId\">Số định danh cá nhân: số định danh cá nhân phải gồm đúng 12 chữ số.</a>")
        .contains("value=\"04019500432\"")
        .contains("aria-describedby=\"citizenId-hint citizenId-error\"");
    assertThat(lastOutboxId()).as("no SMS").isEqualTo(before);
  }

  @Test
  void aPostWithoutTheCsrfToken_isRefused_andSendsNothing() throws Exception {
    receivedDossier();
    visitor.get("/tra-cuu");
    long before = lastOutboxId();

    HttpResponse<String> withoutToken =
        visitor.postRaw("/tra-cuu/cccd", Map.of("citizenId", BINH_CITIZEN_ID));
    HttpResponse<String> forgedToken =
        visitor.postRaw("/tra-cuu/cccd", Map.of("citizenId", BINH_CITIZEN_ID, "_csrf", "forged"));
    HttpResponse<String> verifyWithoutToken =
        visitor.postRaw("/tra-cuu/xac-thuc", Map.of("request", "x", "otp", "123456"));

    for (HttpResponse<String> refused : List.of(withoutToken, forgedToken, verifyWithoutToken)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body())
          .contains("Không thể thực hiện yêu cầu")
          .doesNotContain("Nhập mã xác thực");
    }
    assertThat(lastOutboxId()).as("no SMS").isEqualTo(before);
  }

  @Test
  void thePagesAndTheApi_shareTheLimits_andPastThemA429PageSaysWhenToComeBack() throws Exception {
    for (int i = 1; i <= 20; i++) {
      String guess = "000.00.04.H40-261126-%04d".formatted(2000 + i);
      if (i % 2 == 0) {
        assertThat(visitor.get("/tra-cuu?code=" + guess).statusCode())
            .as("page guess " + i)
            .isEqualTo(404);
      } else {
        assertThat(viaApi(guess).getStatusCode().value()).as("API guess " + i).isEqualTo(404);
      }
    }

    HttpResponse<String> limited = visitor.get("/tra-cuu?code=" + receivedDossier());

    assertThat(limited.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 180L);
    String wait = retryAfter < 60 ? retryAfter + " giây" : ((retryAfter + 59) / 60) + " phút";
    assertThat(limited.body())
        .contains("<h1>Bạn đã tra cứu quá nhiều lần</h1>")
        .containsPattern(
            "Vui lòng thử lại sau " + wait + ", từ \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\.")
        .doesNotContain("Trần T** B***");
    assertThat(viaApi(receivedDossier()).getStatusCode().value())
        .as("the API, same client")
        .isEqualTo(429);
    assertThat(
            new PortalClient(port, "198.51.100.9")
                .get("/tra-cuu?code=" + receivedDossier())
                .statusCode())
        .as("another client")
        .isEqualTo(200);
  }

  /**
   * The JSON look-up of the same dossier, as this visitor (it counts against the visitor's limit,
   * not the test's).
   */
  JsonNode apiLookup(String code) throws Exception {
    ResponseEntity<String> response = viaApi(code);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return new ApiClient(rest).readJson(response.getBody());
  }

  ResponseEntity<String> viaApi(String code) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", address);
    return rest.exchange(
        "/api/v1/lookup?code=" + code, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void codeRequests_areLimitedToo() throws Exception {
    visitor.get("/tra-cuu");
    for (String id : List.of("001099000021", "001099000022", "001099000023")) {
      assertThat(visitor.post("/tra-cuu/cccd", Map.of("citizenId", id)).statusCode())
          .isEqualTo(200);
    }
    HttpResponse<String> fourth =
        visitor.post("/tra-cuu/cccd", Map.of("citizenId", "001099000024"));
    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After"))
        .hasValueSatisfying(s -> assertThat(s).matches("\\d+"));
    assertThat(fourth.body()).contains("Bạn đã tra cứu quá nhiều lần").contains("phút");
  }

  @Test
  void theQrCode_isAPngThatOpensTheLookUpOfThatCode_atThePublicAddress() throws Exception {
    String code = "000.00.04.H40-261126-0002";
    HttpResponse<byte[]> png = visitor.getBytes("/tra-cuu/qr?code=" + code.toLowerCase());

    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(png.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).contains("max-age=86400").contains("public"));
    assertThat(decode(png.body())).isEqualTo("https://motcua.example.vn/tra-cuu?code=" + code);
  }

  @Test
  void theLinksPrintedBeforeTheParametersHadEnglishNames_stillWork() throws Exception {
    String code = receivedDossier();

    HttpResponse<byte[]> png = visitor.getBytes("/tra-cuu/qr?ma=" + code);
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(decode(png.body())).isEqualTo("https://motcua.example.vn/tra-cuu?code=" + code);
    HttpResponse<String> page = visitor.get("/tra-cuu?ma=" + code);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<dd class=\"code\">" + code + "</dd>");
  }

  @Test
  void theQrCode_ofSomethingThatIsNotADossierCode_is400() throws Exception {
    for (String bad :
        List.of(
            "abc", "000.00.04.H40-261126-002", "000.00.04.H40-261126-0002-1", "%3Cscript%3E", "")) {
      HttpResponse<byte[]> response = visitor.getBytes("/tra-cuu/qr?code=" + bad);
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(new String(response.body(), StandardCharsets.UTF_8))
          .as(bad)
          .contains("Mã hồ sơ không đúng định dạng");
    }
    assertThat(visitor.getBytes("/tra-cuu/qr").statusCode()).isEqualTo(400);
  }

  static String decode(byte[] png) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(png));
    return new QRCodeReader()
        .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
  }
}
