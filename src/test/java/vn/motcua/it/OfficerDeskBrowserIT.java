package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, line 7 in Chromium: the specialist transfers a dossier from Tasklist's assessment form,
 * choosing the agency from the select the task offers (the commune police), with the reason; the
 * task leaves the commune's list and reaches the police. Screenshot:
 * target/screenshots/tasklist-transfer.png.
 */
@IntegrationTest
@BrowserTest
class OfficerDeskBrowserIT {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;

  @Test
  void theSpecialistTransfersADossier_choosingTheAgencyInTheForm(Browser browser) throws Exception {
    ApiClient api = new ApiClient(rest);
    String code = api.submitOnlineBirthRegistration("citizen1");
    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    String taskId =
        api.awaitTask("cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER).path("id").asText();
    api.post(
        "cv.lamthanh", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "cv.lamthanh"));

    Page page = browser.page(1366, 1000, "vi-VN");
    // Tasklist's first load (its scripts, the task, the form) took more than Playwright's 30 s once
    // under the full suite's load
    page.setDefaultTimeout(60_000);
    page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    page.getByPlaceholder("Tên đăng nhập").fill("cv.lamthanh");
    page.getByPlaceholder("Mật khẩu").fill(ApiClient.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

    page.getByText("Chuyển cơ quan khác giải quyết", new Page.GetByTextOptions().setExact(false))
        .first()
        .click();
    Locator agency = page.getByLabel("Chuyển đến cơ quan");
    agency.waitFor();
    agency.click();
    page.locator(".fjs-dropdownlist-item")
        .filter(new Locator.FilterOptions().setHasText("Công an xã Lam Thành"))
        .first()
        .click();
    page.getByLabel("Ý kiến thẩm định", new Page.GetByLabelOptions().setExact(false))
        .fill("Cần xác minh nơi cư trú của cha mẹ");
    Browser.screenshot(page, "tasklist-transfer");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoàn thành")).click();

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(api.tasks("cv.congan.lamthanh", code))
                    .as("the police's specialists have the task")
                    .isNotEmpty());
    assertThat(api.tasks("cv.lamthanh", code)).isEmpty();
    assertThat(api.dossier("citizen1", code).path("timeline").toString())
        .contains("chuyển hồ sơ từ UBND xã Lam Thành đến Công an xã Lam Thành");
  }
}
