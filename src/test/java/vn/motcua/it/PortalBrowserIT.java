package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal's catalogue in a real browser, on a computer and on a phone: a citizen whose browser
 * speaks English still gets Vietnamese, searches without accents, opens a procedure; the pages have
 * no serious accessibility problem by axe-core, and each step is kept as a screenshot.
 */
@IntegrationTest
@BrowserTest
class PortalBrowserIT {

  @LocalServerPort int port;

  void findTheJudicialRecordProcedure(Page page, String device) throws Exception {
    page.navigate("http://localhost:" + port + "/");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("vi");
    assertThat(page.title()).isEqualTo("Tìm thủ tục hành chính — Một Cửa");
    assertThat(Browser.seriousAccessibilityViolations(page))
        .as("axe-core on the home page")
        .isEmpty();
    Browser.screenshot(page, "portal-home-" + device);

    page.getByLabel("Tên hoặc mã thủ tục").fill("ly lich tu phap");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();
    assertThat(page.locator(".results li").count()).isEqualTo(1);
    assertThat(Browser.seriousAccessibilityViolations(page)).as("axe-core on the list").isEmpty();
    Browser.screenshot(page, "portal-search-" + device);

    page.locator(".results a").first().click();
    assertThat(page.locator("h1").textContent()).startsWith("Cấp Phiếu lý lịch tư pháp");
    assertThat(page.locator("body").textContent())
        .contains("200.000 đồng")
        .contains("Công an tỉnh Nghệ An");
    assertThat(Browser.seriousAccessibilityViolations(page))
        .as("axe-core on a procedure")
        .isEmpty();
    Browser.screenshot(page, "portal-procedure-" + device);
  }

  @Test
  void onAComputer(Browser browser) throws Exception {
    findTheJudicialRecordProcedure(browser.page(1280, 900, "en-US"), "desktop");
  }

  @Test
  void onAPhone360PixelsWide(Browser browser) throws Exception {
    Page phone = browser.phone();
    findTheJudicialRecordProcedure(phone, "phone");
    Browser.assertFitsThePhone(phone);
  }
}
