package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A counter intake in Chromium: the one-stop officer of Lâm Thành signs in at /quay, picks the
 * birth registration, types the walk-in applicant and the generated declaration, forgets a field
 * (the page names it and keeps the rest), attaches the scan, receives the dossier and opens the
 * receipt. Screenshots in target/screenshots/counter-*.png; axe-core on each page.
 */
@IntegrationTest
@BrowserTest
class CounterIntakeBrowserIT {

  static final String BIRTH = "1.001193";

  @LocalServerPort int port;

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void check(Page page, String name) throws Exception {
    assertThat(Browser.seriousAccessibilityViolations(page)).as("axe-core on " + name).isEmpty();
    Browser.screenshot(page, "counter-" + name);
  }

  void click(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
        .click();
  }

  @Test
  void aOneStopOfficer_receivesAWalkInDossier_andPrintsTheReceipt(Browser browser)
      throws Exception {
    Page page = browser.page(1280, 900, "vi-VN");
    page.navigate(url("/quay"));
    assertThat(page.url()).endsWith("/quay/dang-nhap");
    check(page, "login");
    page.locator("#username").fill("mc.lamthanh");
    page.locator("#password").fill(ApiClient.PASSWORD);
    click(page, "Đăng nhập");

    page.waitForURL(url("/quay"));
    check(page, "procedures");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng ký khai sinh"))
        .first()
        .click();
    page.waitForURL(url("/quay/" + BIRTH));

    page.locator("#applicant-citizenId").fill("040201004444");
    page.locator("#applicant-fullName").fill("Lê Thị Thu");
    page.locator("#applicant-phone").fill("0912000333");
    page.locator("#applicant-address").fill("Xóm 3, xã Lam Thành, tỉnh Nghệ An");
    page.locator("#f-applicantFullName").fill("Lê Thị Thu");
    page.locator("#f-applicantCitizenId").fill("040201004444");
    page.locator("#f-applicantRelationship").selectOption("mother");
    page.locator("#f-applicantResidence").fill("Xóm 3, xã Lam Thành, tỉnh Nghệ An");
    page.locator("#f-childSex").check();
    page.locator("#f-childBirthDate").fill(TestClock.today().minusDays(5).toString());
    page.locator("#f-childEthnicity").fill("Kinh");
    page.locator("#f-childNationality").fill("Việt Nam");
    page.locator("#f-childBirthPlace").fill("Trạm y tế xã Lam Thành");
    page.locator("#f-childHomeTown").fill("Xã Lam Thành, tỉnh Nghệ An");
    page.locator("#f-motherFullName").fill("Lê Thị Thu");
    page.locator("#f-motherBirthYear").fill("1996");
    page.locator("#doc-BIRTH_CERTIFICATE")
        .setInputFiles(new FilePayload("giay-chung-sinh.pdf", "application/pdf", Declarations.PDF));
    check(page, "intake");
    click(page, "Tiếp nhận hồ sơ");

    // the child's name was forgotten: named, the rest kept, the scan kept (the server's answer,
    // which alone names the kept scan: waited for, not the page the click left)
    page.locator("#doc-BIRTH_CERTIFICATE-kept").waitFor();
    assertThat(page.locator("main .error-summary").textContent())
        .contains("Họ, chữ đệm, tên: vui lòng nhập thông tin bắt buộc.");
    assertThat(page.locator("#applicant-fullName").inputValue()).isEqualTo("Lê Thị Thu");
    assertThat(page.locator("#f-childBirthPlace").inputValue()).isEqualTo("Trạm y tế xã Lam Thành");
    assertThat(page.locator("main").textContent()).contains("Đã nhận tệp giay-chung-sinh.pdf");
    check(page, "intake-errors");
    page.locator("#f-childFullName").fill("Lê Minh Anh");
    click(page, "Tiếp nhận hồ sơ");

    page.waitForURL("**/quay/ho-so/**");
    String code = page.locator("#dossier-code").textContent().strip();
    assertThat(page.locator("#status").textContent()).isEqualTo("Đã tiếp nhận");
    assertThat(page.locator("#appointment").textContent())
        .matches("\\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4}");
    check(page, "received");

    var print =
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("In giấy tiếp nhận"));
    assertThat(print.getAttribute("target")).isEqualTo("_blank");
    APIResponse pdf = page.context().request().get(url(print.getAttribute("href")));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
          .contains(code);
    }
  }
}
