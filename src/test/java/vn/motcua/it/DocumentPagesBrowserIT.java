package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The e-document repository in a real browser with JavaScript, on a computer and on a 360 px phone:
 * a citizen signs in, uploads a file through the page and sees the upload's progress (the answer is
 * held back a moment so the progress can be seen and kept as a screenshot), finds it listed, gets a
 * disguised file refused at its field without leaving the page, and removes a document after the
 * confirmation page. Every page: no serious or critical axe-core finding, nothing wider than the
 * screen.
 */
@IntegrationTest
@BrowserTest
class DocumentPagesBrowserIT {

  @LocalServerPort int port;

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void check(Page page, String what, int width) throws Exception {
    assertThat(Browser.seriousAccessibilityViolations(page)).as("axe-core on " + what).isEmpty();
    assertThat(Browser.layoutWidth(page))
        .as("nothing wider than the screen on " + what)
        .isLessThanOrEqualTo(width);
  }

  void useTheRepository(Page page, String device, int width) throws Exception {
    page.navigate(url("/dang-nhap"));
    page.getByLabel("Số định danh cá nhân hoặc mã số thuế").fill("citizen1");
    page.getByLabel("Mật khẩu").fill(ApiClient.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    page.waitForURL(u -> !u.contains("/dang-nhap"));

    page.navigate(url("/kho-tai-lieu"));
    assertThat(page.title()).isEqualTo("Kho tài liệu của tôi — Một Cửa");
    check(page, "the repository", width);

    // upload with JavaScript: the script sends it and shows the progress; the answer waits until we
    // have looked
    String fileName = "can-cuoc-" + device + ".pdf";
    List<Route> held = new CopyOnWriteArrayList<>();
    page.route(
        "**/kho-tai-lieu",
        route -> {
          if ("POST".equals(route.request().method())) {
            held.add(route);
          } else {
            route.resume();
          }
        });
    page.getByLabel("Loại giấy tờ").selectOption("CITIZEN_ID_CARD");
    page.getByLabel("Có giá trị đến").fill("30/06/2035");
    page.getByLabel("Tệp giấy tờ")
        .setInputFiles(
            new FilePayload(
                fileName,
                "application/pdf",
                (new String(Declarations.PDF, StandardCharsets.ISO_8859_1) + "% " + device + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1)));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên")).click();
    page.waitForCondition(() -> !held.isEmpty());
    assertThat(held.get(0).request().headerValue("x-requested-with"))
        .as("sent by upload.js")
        .isEqualTo("XMLHttpRequest");
    assertThat(page.locator("form[data-upload-progress] progress").isVisible()).isTrue();
    assertThat(page.locator(".upload-status").textContent())
        .containsAnyOf("Đang tải lên", "Đã gửi xong");
    Browser.screenshot(page, "documents-uploading-" + device);
    held.get(0).resume();
    page.waitForURL(u -> u.contains("saved="));
    page.unroute("**/kho-tai-lieu");

    assertThat(page.locator("[role=status]").first().textContent())
        .contains("Đã lưu tệp " + fileName);
    assertThat(page.locator(".doc-list li").first().textContent())
        .contains("Thẻ căn cước, căn cước công dân")
        .contains(fileName)
        .contains("30/06/2035")
        .contains("Chưa dùng trong hồ sơ nào");
    check(page, "the list", width);
    Browser.screenshot(page, "documents-list-" + device);

    // a PDF claiming to be a photo: refused at the field, the page stays, the summary takes the
    // focus
    page.getByLabel("Loại giấy tờ").selectOption("PORTRAIT_PHOTO");
    page.getByLabel("Tệp giấy tờ")
        .setInputFiles(new FilePayload("anh-" + device + ".png", "image/png", Declarations.PDF));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên")).click();
    page.locator("#file-error").waitFor();
    assertThat(page.locator("#file-error").textContent())
        .isEqualTo(
            "Tệp anh-"
                + device
                + ".png: nội dung tệp (application/pdf) không khớp với tên hoặc kiểu tệp đã khai báo.");
    assertThat(
            (Boolean)
                page.evaluate("() => document.activeElement.classList.contains('error-summary')"))
        .isTrue();
    assertThat(page.getByLabel("Tệp giấy tờ").getAttribute("aria-describedby"))
        .isEqualTo("file-hint file-error");
    check(page, "the refused upload", width);
    Browser.screenshot(page, "documents-error-" + device);

    // remove, after the confirmation page
    page.navigate(url("/kho-tai-lieu"));
    page.locator(".doc-list li", new Page.LocatorOptions().setHasText(fileName))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Xóa " + fileName))
        .click();
    assertThat(page.locator("h1").textContent()).isEqualTo("Xóa giấy tờ khỏi kho");
    check(page, "the confirmation", width);
    Browser.screenshot(page, "documents-remove-" + device);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xóa khỏi kho")).click();
    page.waitForURL(u -> u.endsWith("/kho-tai-lieu"));
    assertThat(page.locator("[role=status]").first().textContent())
        .contains("Đã xóa tệp " + fileName);
    assertThat(page.locator(".doc-list li", new Page.LocatorOptions().setHasText(fileName)).count())
        .isZero();
  }

  @Test
  void onAComputer(Browser browser) throws Exception {
    useTheRepository(browser.page(1280, 900, "vi-VN"), "desktop", 1280);
  }

  @Test
  void onAPhone360PixelsWide(Browser browser) throws Exception {
    useTheRepository(browser.phone(), "phone", Browser.PHONE_WIDTH);
  }
}
