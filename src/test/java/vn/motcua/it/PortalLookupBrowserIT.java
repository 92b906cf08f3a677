package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.notification.Outbox;

/**
 * The public look-up in a real browser, on a computer and on a phone 360 px wide: a citizen types
 * the code from the receipt and sees the dossier with the name masked, its status and steps, and
 * the QR code; the QR's address opens the same page; by citizen ID, a wrong code is shown at the
 * field, the right one opens the list. No serious accessibility problem by axe-core; every step is
 * a screenshot ({@code target/screenshots/lookup-*.png}).
 */
@IntegrationTest
@BrowserTest
class PortalLookupBrowserIT {

  static String code;

  @Autowired TestRestTemplate rest;

  @Autowired Outbox outbox;

  @LocalServerPort int port;

  String receivedDossier() {
    if (code == null) {
      code = new ApiClient(rest).receivedJudicialRecord("citizen2");
    }
    return code;
  }

  /**
   * A text box by its label, exactly (the forms are named by their headings, which contain the
   * labels).
   */
  static Locator field(Page page, String label) {
    return page.getByRole(
        AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
  }

  void lookUpByCode(Page page, String device) throws Exception {
    String dossier = receivedDossier();
    page.navigate("http://localhost:" + port + "/tra-cuu");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("vi");
    assertThat(page.title()).isEqualTo("Tra cứu hồ sơ — Một Cửa");
    assertThat(Browser.seriousAccessibilityViolations(page))
        .as("axe-core on the start page")
        .isEmpty();
    Browser.screenshot(page, "lookup-start-" + device);

    field(page, "Mã hồ sơ").fill("000.00.04.H40-261126-9999");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
    assertThat(page.title()).isEqualTo("Lỗi: Tra cứu hồ sơ — Một Cửa");
    assertThat(page.locator(".error-summary").textContent())
        .contains("Không có hồ sơ nào mang mã này");
    assertThat(page.locator("#code-error").isVisible()).isTrue();
    assertThat(field(page, "Mã hồ sơ").inputValue()).isEqualTo("000.00.04.H40-261126-9999");
    assertThat(Browser.seriousAccessibilityViolations(page)).as("axe-core on the error").isEmpty();
    Browser.screenshot(page, "lookup-unknown-" + device);

    field(page, "Mã hồ sơ").fill(dossier);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
    assertThat(page.locator("h1").textContent()).isEqualTo("Thông tin hồ sơ");
    String shown = page.locator("main").innerText();
    assertThat(shown)
        .contains(dossier)
        .contains("Trần T** B***")
        .contains("Đã tiếp nhận")
        .contains("Cấp Phiếu lý lịch tư pháp")
        .doesNotContain("Trần Thị Bình");
    assertThat(page.locator(".timeline li").allInnerTexts())
        .hasSize(2)
        .allSatisfy(step -> assertThat(step).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"));
    assertThat(
            (Boolean)
                page.evaluate(
                    "() => { const img = document.querySelector('.qr img'); return img.complete && img.naturalWidth > 0; }"))
        .as("the QR image loads under the page's Content-Security-Policy")
        .isTrue();
    assertThat(Browser.seriousAccessibilityViolations(page)).as("axe-core on the result").isEmpty();
    Browser.screenshot(page, "lookup-result-" + device);
  }

  @Test
  void onAComputer(Browser browser) throws Exception {
    lookUpByCode(browser.page(1280, 900, "en-US"), "desktop");
  }

  @Test
  void onAPhone360PixelsWide(Browser browser) throws Exception {
    Page phone = browser.phone();
    lookUpByCode(phone, "phone");
    Browser.assertFitsThePhone(phone);
  }

  @Test
  void theQrCodesAddress_opensTheLookUp(Browser browser) throws Exception {
    String dossier = receivedDossier();
    byte[] png = rest.getForObject("/tra-cuu/qr?code=" + dossier, byte[].class);
    String address = PortalLookupIT.decode(png);
    assertThat(address).isEqualTo("http://localhost:" + port + "/tra-cuu?code=" + dossier);

    Page phone = browser.phone();
    phone.navigate(address);
    assertThat(phone.locator("main").innerText())
        .contains(dossier)
        .contains("Trần T** B***")
        .contains("Đã tiếp nhận");
    Browser.screenshot(phone, "lookup-from-qr-phone");
  }

  @Test
  void byCitizenId_onAPhone(Browser browser) throws Exception {
    String dossier = receivedDossier();
    Page phone = browser.phone();
    phone.navigate("http://localhost:" + port + "/tra-cuu");
    field(phone, "Số định danh cá nhân").fill("040195004321");
    phone
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi mã xác thực"))
        .click();
    assertThat(phone.locator("h1").textContent()).isEqualTo("Nhập mã xác thực");
    assertThat(phone.locator("main").innerText()).contains("09******21");
    String requestId = phone.locator("input[name=request]").inputValue();
    String otp =
        outbox.recent(100).stream()
            .filter(m -> ("lookup:" + requestId).equals(m.reference()))
            .findFirst()
            .map(m -> m.body().replaceAll("\\D*(\\d{6})\\D.*", "$1"))
            .orElseThrow();
    Browser.screenshot(phone, "lookup-code-phone");

    field(phone, "Mã xác thực").fill(otp.equals("000000") ? "111111" : "000000");
    phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem hồ sơ")).click();
    assertThat(phone.locator("#otp-error").innerText()).contains("Mã xác thực không đúng");
    assertThat(Browser.seriousAccessibilityViolations(phone))
        .as("axe-core on the wrong code")
        .isEmpty();
    Browser.assertFitsThePhone(phone);
    Browser.screenshot(phone, "lookup-code-wrong-phone");

    field(phone, "Mã xác thực").fill(otp);
    phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem hồ sơ")).click();
    assertThat(phone.locator("h1").textContent()).isEqualTo("Hồ sơ mang số định danh này");
    assertThat(phone.locator("main").innerText()).contains(dossier).contains("Trần T** B***");
    assertThat(Browser.seriousAccessibilityViolations(phone)).as("axe-core on the list").isEmpty();
    Browser.assertFitsThePhone(phone);
    Browser.screenshot(phone, "lookup-list-phone");
  }
}
