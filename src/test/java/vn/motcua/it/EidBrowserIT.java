package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Đăng nhập bằng VNeID" in a real browser, against the demo's sandbox e-ID provider: the button on
 * the login page, the provider's own sign-in page (clearly a test environment, no serious
 * accessibility problem by axe-core), and back on the portal signed in. Each step is kept as a
 * screenshot ({@code eid-*.png}).
 */
@IntegrationTest
@BrowserTest
class EidBrowserIT {

  @LocalServerPort int port;

  @Test
  void aCitizenWithoutAnAccount_signsInWithVneid_onAComputer_andIsAskedForTheAddress(
      Browser browser) throws Exception {
    Page page = browser.page(1280, 900, "vi-VN");
    page.navigate("http://localhost:" + port + "/dang-nhap");
    Browser.screenshot(page, "eid-1-login-desktop");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Đăng nhập bằng tài khoản định danh điện tử VNeID"))
        .click();

    assertThat(page.url()).contains("/sandbox/vneid/dang-nhap");
    assertThat(page.locator("h1").textContent()).isEqualTo("Tài khoản định danh điện tử VNeID");
    assertThat(page.locator(".test-env").textContent()).contains("MÔI TRƯỜNG THỬ NGHIỆM");
    assertThat(Browser.seriousAccessibilityViolations(page))
        .as("axe-core on the sandbox provider's page")
        .isEmpty();
    Browser.screenshot(page, "eid-2-vneid-desktop");

    page.getByLabel("Số định danh cá nhân").fill("040088012345");
    page.getByLabel("Mật khẩu").fill("demo");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

    assertThat(page.url()).endsWith("/tai-khoan?incomplete");
    assertThat(page.getByLabel("Họ, chữ đệm và tên").inputValue()).isEqualTo("Lê Văn Cường");
    assertThat(page.locator("main").textContent()).contains("Vui lòng bổ sung địa chỉ liên hệ");
    assertThat(
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất"))
                .isVisible())
        .isTrue();
    assertThat(Browser.seriousAccessibilityViolations(page))
        .as("axe-core on the profile")
        .isEmpty();
    Browser.screenshot(page, "eid-3-profile-desktop");
  }

  @Test
  void aDemoCitizen_signsInWithVneid_onAPhone_andReturnsToThePageTheyWanted(Browser browser)
      throws Exception {
    Page phone = browser.phone();
    phone.navigate("http://localhost:" + port + "/tai-khoan");
    assertThat(phone.url()).endsWith("/dang-nhap");
    phone
        .getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Đăng nhập bằng tài khoản định danh điện tử VNeID"))
        .click();

    assertThat(phone.locator(".acr").textContent()).isEqualTo("Mức độ xác thực được yêu cầu: LoA1");
    Browser.assertFitsThePhone(phone);
    assertThat(Browser.seriousAccessibilityViolations(phone))
        .as("axe-core on the sandbox provider's page")
        .isEmpty();
    Browser.screenshot(phone, "eid-4-vneid-phone");

    phone.getByLabel("Số định danh cá nhân").fill("040090001234");
    phone.getByLabel("Mật khẩu").fill("sai-mat-khau");
    phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    assertThat(phone.getByRole(AriaRole.ALERT).textContent())
        .contains("Số định danh cá nhân hoặc mật khẩu không đúng.");
    Browser.screenshot(phone, "eid-5-vneid-wrong-password-phone");

    phone.getByLabel("Số định danh cá nhân").fill("040090001234");
    phone.getByLabel("Mật khẩu").fill("demo");
    phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    assertThat(phone.url()).contains("/tai-khoan");
    assertThat(phone.getByLabel("Họ, chữ đệm và tên").inputValue()).isEqualTo("Nguyễn Văn An");
    Browser.screenshot(phone, "eid-6-profile-phone");
  }
}
