package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.notification.Outbox;

/**
 * A citizen's whole journey in Chromium, as the portal issue describes it: register, activate with
 * the code the SMS sandbox received, sign in, submit a level-4 birth registration generated from
 * its form with an uploaded birth certificate; the one-stop desk asks for a supplement (officers
 * work through /engine-rest, as Tasklist does), the citizen supplements; the officers approve; the
 * citizen pays online at the payment sandbox, sees the dossier completed, downloads the electronic
 * result and rates the service; then submits again reusing the certificate from the repository, and
 * looks both up on the public page by code and by citizen ID. Once on a computer, once on a phone
 * 360 pixels wide; screenshots of each main page go to target/screenshots/journey-*.png, and every
 * main page is checked with axe-core.
 */
@IntegrationTest
@BrowserTest
class PortalJourneyBrowserIT {

  static final String BIRTH = "1.001193";
  @LocalServerPort int port;

  @Autowired TestRestTemplate rest;

  @Autowired Outbox outbox;

  ApiClient officers;

  @BeforeEach
  void client() {
    officers = new ApiClient(rest);
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  String sixDigitsSentTo(String recipient, String after) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                outbox
                    .latestTo(recipient)
                    .map(m -> m.body())
                    .filter(b -> b.contains(after))
                    .map(
                        b -> {
                          Matcher m =
                              Pattern.compile("(\\d{6})").matcher(b.substring(b.indexOf(after)));
                          return m.find() ? m.group(1) : null;
                        })
                    .orElse(null),
            code -> code != null);
  }

  void check(Page page, String name) throws Exception {
    assertThat(Browser.seriousAccessibilityViolations(page)).as("axe-core on " + name).isEmpty();
    Browser.screenshot(page, "journey-" + name);
  }

  void click(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
        .click();
  }

  /**
   * Reloads the dossier's page until it shows {@code text} (the officers' steps and the jobs run in
   * the background).
   */
  void awaitOnPage(Page page, String text) {
    await()
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              page.reload();
              return page.locator("main").textContent().contains(text);
            });
  }

  void registerAndSignIn(
      Page page, String device, String citizenId, String dateOfBirth, String phone)
      throws Exception {
    page.navigate(url("/dang-ky"));
    page.locator("#fullName").fill("Phạm Thị Lan");
    page.locator("#citizenId").fill(citizenId);
    page.locator("#dateOfBirth").fill(dateOfBirth);
    page.locator("#phone").fill("09123");
    page.locator("#address").focus();
    assertThat(page.locator("#phone-live").textContent())
        .as("checked when the citizen leaves the field")
        .isEqualTo("Số điện thoại di động: không đúng định dạng.");
    assertThat(page.locator("#phone").getAttribute("aria-describedby")).contains("phone-live");
    page.locator("#phone").fill(phone);
    page.locator("#address").focus();
    assertThat(page.locator("#phone-live").count()).as("gone once corrected").isZero();
    page.locator("#address").fill("Xóm 4, xã Lam Thành, tỉnh Nghệ An");
    page.locator("#password").fill("lan2026abc");
    page.locator("#passwordConfirmation").fill("lan2026abc");
    check(page, "register-" + device);
    click(page, "Đăng ký");
    assertThat(page.url()).contains("/kich-hoat?request=");
    assertThat(page.locator(".notice").textContent()).contains("09******" + phone.substring(8));
    page.locator("#code").fill(sixDigitsSentTo(phone, "kich hoat"));
    check(page, "activate-" + device);
    click(page, "Kích hoạt");
    assertThat(page.url()).endsWith("/dang-nhap?activated");
    check(page, "login-" + device);
    // by keyboard alone: the first Tab reaches the skip link, then the form is typed and sent with
    // Enter
    page.keyboard().press("Tab");
    assertThat((String) page.evaluate("() => document.activeElement.textContent"))
        .isEqualTo("Bỏ qua, đến nội dung chính");
    page.locator("#username").focus();
    page.keyboard().type(citizenId);
    page.keyboard().press("Tab");
    assertThat((String) page.evaluate("() => document.activeElement.id")).isEqualTo("password");
    page.keyboard().type("lan2026abc");
    page.keyboard().press("Enter");
    page.waitForURL(url -> url.endsWith("/ho-so-cua-toi"));
    assertThat(page.url()).endsWith("/ho-so-cua-toi");
    assertThat(page.locator("main").textContent()).contains("Bạn chưa nộp hồ sơ nào");
  }

  /**
   * Submits a level-4 birth registration; {@code reuse} picks the certificate from the repository
   * instead of uploading it, {@code authorisation} uploads the father's authorisation beside it.
   */
  String submitBirthRegistration(
      Page page, String device, boolean reuse, boolean authorisation, String delivery)
      throws Exception {
    page.navigate(url("/thu-tuc/" + BIRTH));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến"))
        .click();
    assertThat(page.url()).endsWith("/nop-ho-so/" + BIRTH + "/to-khai");
    assertThat(page.locator("#f-applicantFullName").inputValue())
        .as("from the profile")
        .isEqualTo("Phạm Thị Lan");
    page.locator("#f-applicantRelationship").selectOption("mother");
    page.locator("#f-childFullName").fill("Nguyễn Minh Khôi");
    page.locator("#f-childSex").check();
    page.locator("#f-childBirthDate")
        .fill("2026-08-20"); // past the 60 days of a free registration: a fee to pay
    page.locator("#f-childEthnicity").fill("Kinh");
    page.locator("#f-childNationality").fill("Việt Nam");
    page.locator("#f-childBirthPlace").fill("Bệnh viện Sản Nhi Nghệ An");
    page.locator("#f-childHomeTown").fill("Xã Lam Thành, tỉnh Nghệ An");
    page.locator("#f-motherFullName").fill("Phạm Thị Lan");
    page.locator("#f-motherBirthYear").fill("1992");
    page.locator("#f-linkedServices-1").check();
    check(page, "declaration-" + device + "-" + delivery.toLowerCase());
    click(page, "Lưu và tiếp tục");

    assertThat(page.url()).endsWith("/giay-to");
    if (reuse) {
      page.locator(".picker label:has(.file-name:text-is('giay-chung-sinh.pdf'))").click();
    } else {
      page.locator("#file-BIRTH_CERTIFICATE")
          .setInputFiles(
              new FilePayload("giay-chung-sinh.pdf", "application/pdf", Declarations.PDF));
    }
    if (authorisation) {
      page.locator("#file-AUTHORISATION")
          .setInputFiles(new FilePayload("uy-quyen.pdf", "application/pdf", pdf("uy quyen")));
    }
    check(page, "documents-" + device + "-" + delivery.toLowerCase());
    click(page, "Lưu và tiếp tục");

    // the upload goes through static/js/upload.js (progress bar), which then follows the redirect
    page.waitForURL("**/nhan-ket-qua");
    page.locator("#level-4").check();
    page.locator("#resolvingAgency").selectOption("lamthanh");
    page.locator("#deliveryMethod")
        .check(); // at the counter: not for a level-4 service, and the page says so
    click(page, "Lưu và tiếp tục");
    assertThat(page.locator("main .error-summary").textContent())
        .contains("dịch vụ toàn trình (mức 4) trả kết quả trực tuyến hoặc qua bưu chính công ích");
    page.locator("#deliveryMethod-" + delivery).check();
    if (delivery.equals("POST")) {
      page.locator("#deliveryAddress").fill("Xóm 4, xã Lam Thành, tỉnh Nghệ An");
    }
    check(page, "delivery-" + device);
    click(page, "Lưu và tiếp tục");

    assertThat(page.url()).endsWith("/xem-lai");
    assertThat(page.locator("main").textContent())
        .contains("Nguyễn Minh Khôi")
        .contains("20/08/2026")
        .contains("Cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi")
        .contains("giay-chung-sinh.pdf");
    check(page, "review-" + device);
    click(page, "Nộp hồ sơ");

    assertThat(page.url()).as(() -> page.locator("main").textContent()).contains("?submitted");
    String code = page.locator(".receipt .code").textContent().strip();
    assertThat(code).matches("000\\.40\\.11\\.H40-\\d{6}-\\d{4}");
    await("the QR code")
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                (Boolean)
                    page.evaluate(
                        "() => { const qr = document.querySelector('.receipt img'); return qr.complete && qr.naturalWidth > 0; }"));
    check(page, "receipt-" + device + "-" + delivery.toLowerCase());
    return code;
  }

  /**
   * A small real PDF of its own bytes (the repository keeps one copy of the same bytes of the same
   * type).
   */
  static byte[] pdf(String note) {
    byte[] base = Declarations.PDF;
    byte[] extra = ("%" + note + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  /**
   * The certificate goes into the citizen's repository first, from its own page (with the upload
   * script).
   */
  void putTheCertificateInTheRepository(Page page, String device) throws Exception {
    page.navigate(url("/kho-tai-lieu"));
    page.locator("#type").selectOption("BIRTH_CERTIFICATE");
    page.locator("#file")
        .setInputFiles(new FilePayload("giay-chung-sinh.pdf", "application/pdf", Declarations.PDF));
    check(page, "repository-" + device);
    click(page, "Tải lên");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> page.locator("main").textContent().contains("giay-chung-sinh.pdf"));
  }

  void lookUp(Page page, String device, String code, String citizenId, String phone)
      throws Exception {
    page.navigate(url("/tra-cuu"));
    page.locator("#code").fill(code);
    click(page, "Tra cứu");
    assertThat(page.locator("main").textContent())
        .contains(code)
        .contains("Phạm T** L**")
        .doesNotContain("Phạm Thị Lan");
    check(page, "lookup-code-" + device);

    page.navigate(url("/tra-cuu"));
    page.locator("#citizenId").fill(citizenId);
    click(page, "Gửi mã xác thực");
    page.locator("#otp").fill(sixDigitsSentTo(phone, "tra cuu"));
    click(page, "Xem hồ sơ");
    assertThat(page.locator("main").textContent()).contains(code);
    check(page, "lookup-citizen-id-" + device);
  }

  @Test
  void onAComputer_theWholeJourney_withASupplementRound_payment_result_rating_andReuse(
      Browser browser) throws Exception {
    Page page = browser.page(1280, 900, "vi-VN");
    registerAndSignIn(page, "desktop", "040192006789", "1992-04-05", "0915000678");
    putTheCertificateInTheRepository(page, "desktop");
    // one dossier with a document reused from the repository and one uploaded
    String code = submitBirthRegistration(page, "desktop", true, true, "ELECTRONIC");
    assertThat(page.locator("main").textContent())
        .contains("giay-chung-sinh.pdf")
        .contains("uy-quyen.pdf");

    officers.requestSupplement(code, "Đề nghị bổ sung bản chụp rõ nét của giấy chứng sinh.");
    awaitOnPage(page, "Yêu cầu bổ sung hồ sơ");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bổ sung hồ sơ")).click();
    assertThat(page.locator("main").textContent())
        .contains("Đề nghị bổ sung bản chụp rõ nét của giấy chứng sinh.");
    page.locator("#file-BIRTH_CERTIFICATE")
        .setInputFiles(
            new FilePayload("giay-chung-sinh-ro-net.pdf", "application/pdf", pdf("ro net")));
    check(page, "supplement-desktop");
    click(page, "Gửi bổ sung");
    page.waitForURL(url -> url.endsWith("?supplemented"));
    assertThat(page.locator("main").textContent())
        .contains("Đã gửi bổ sung")
        .contains("giay-chung-sinh-ro-net.pdf");

    officers.approveBirthRegistration(code);
    awaitOnPage(page, "Thanh toán trực tuyến");
    check(page, "awaiting-payment-desktop");
    page.getByRole(
            AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName(Pattern.compile("^Thanh toán trực tuyến")))
        .click();
    assertThat(page.url()).contains("/sandbox/vnpay/");
    Browser.screenshot(page, "journey-gateway-desktop");
    click(page, "Thanh toán");
    assertThat(page.locator("body").textContent()).contains("Giao dịch thành công");
    page.navigate(url("/ho-so-cua-toi/" + code));
    awaitOnPage(page, "Đã trả kết quả");
    Download download =
        page.waitForDownload(
            () ->
                page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Tải kết quả điện tử (PDF)"))
                    .click());
    assertThat(new String(Files.readAllBytes(download.path()), 0, 5)).isEqualTo("%PDF-");
    Download receipt =
        page.waitForDownload(
            () ->
                page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Tải biên lai thu phí, lệ phí (PDF)"))
                    .click());
    assertThat(receipt.suggestedFilename()).isEqualTo("bien-lai-" + code + ".pdf");
    try (var pdf = Loader.loadPDF(Files.readAllBytes(receipt.path()))) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("BIÊN LAI THU PHÍ, LỆ PHÍ")
          .contains(code)
          .contains("8.000 đồng")
          .contains("Thanh toán trực tuyến");
    }
    for (String criterion :
        new String[] {"INFORMATION", "RECEPTION", "TIMELINESS", "ATTITUDE", "RESULT"}) {
      page.locator("#rating-" + criterion + "-SATISFIED").check();
    }
    page.locator("#comment").fill("Cán bộ hướng dẫn tận tình.");
    check(page, "completed-desktop");
    click(page, "Gửi đánh giá");
    assertThat(page.locator("main").textContent())
        .contains("Cảm ơn bạn đã đánh giá")
        .contains("Cán bộ hướng dẫn tận tình.");

    String again = submitBirthRegistration(page, "desktop", true, false, "POST");
    assertThat(page.locator("main").textContent())
        .as("the reused certificate")
        .contains("giay-chung-sinh.pdf");
    page.navigate(url("/ho-so-cua-toi"));
    assertThat(page.locator("main").textContent())
        .contains(code)
        .contains(again)
        .contains("Đã trả kết quả");
    check(page, "my-dossiers-desktop");
    lookUp(page, "desktop", code, "040192006789", "0915000678");
  }

  @Test
  void onAPhone360PixelsWide_registerSubmitAndLookUp(Browser browser) throws Exception {
    Page phone = browser.phone();
    registerAndSignIn(phone, "phone", "040192004444", "1992-06-06", "0915000444");
    String code = submitBirthRegistration(phone, "phone", false, false, "ELECTRONIC");
    Browser.assertFitsThePhone(phone);
    lookUp(phone, "phone", code, "040192004444", "0915000444");
  }
}
