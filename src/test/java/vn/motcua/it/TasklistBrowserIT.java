package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Issue 12, acceptance 1 in Chromium: a one-stop officer whose browser asks for English signs in to
 * Tasklist and finds it in Vietnamese, with the shared filters; the group's filter shows the new
 * dossier's task by its code and applicant, the officer claims it and finds it under their own
 * work; English is one click away, and Vietnamese one click back. Screenshots:
 * target/screenshots/tasklist-*.png.
 */
@IntegrationTest
@BrowserTest
class TasklistBrowserIT {

  static final List<String> FILTERS =
      List.of("Việc của tôi", "Việc của nhóm", "Sắp đến hạn", "Quá hạn", "Tất cả công việc");

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void aOneStopOfficer_findsTasklistInVietnamese_withTheFilters_andTasksNamedByDossier(
      Browser browser) throws Exception {
    ApiClient api = new ApiClient(rest);
    ResponseEntity<JsonNode> submitted =
        api.submitWithFiles(
            "citizen1",
            Declarations.birthRegistration(4, "ELECTRONIC", 10),
            List.of(Declarations.birthCertificate()),
            null);
    assertThat(submitted.getStatusCode().value())
        .as(String.valueOf(submitted.getBody()))
        .isEqualTo(201);
    String code = submitted.getBody().path("code").asText();
    String taskId =
        api.awaitTask("mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER).path("id").asText();
    // due within the hour: first in lists sorted by due date, whatever else the desk has open
    taskService.setDueDate(taskId, Date.from(TestClock.now().plus(Duration.ofHours(1))));
    String taskName = "Tiếp nhận hồ sơ " + code + " – Nguyễn Văn An";

    Page page = browser.page(1366, 900, "en-US");
    // the browser's clock at the tests' time, so that due dates read as they will at the desk
    page.clock().setSystemTime(TestClock.now().toEpochMilli());
    page.navigate(url("/camunda/app/tasklist/default/"));
    page.getByPlaceholder("Tên đăng nhập").fill("mc.lamthanh");
    page.getByPlaceholder("Mật khẩu").fill(ApiClient.PASSWORD);
    assertThat(page.locator("html").getAttribute("lang"))
        .as("an English browser gets Vietnamese")
        .isEqualTo("vi");
    Browser.screenshot(page, "tasklist-login");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

    for (String filter : FILTERS) {
      filterNamed(page, filter).waitFor();
    }
    filterNamed(page, "Việc của nhóm").click();
    // in the list of tasks (the open task's heading repeats the name)
    Locator task = page.locator(".tasks-list").getByText(taskName);
    task.waitFor();
    assertThat(page.locator("[cam-sorting-choices]").innerText())
        .as("the list's order")
        .contains("Hạn xử lý");
    Browser.screenshot(page, "tasklist-group-tasks");

    task.click();
    page.getByText("Nhận xử lý", new Page.GetByTextOptions().setExact(true)).click();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                    .isEqualTo("mc.lamthanh"));
    task.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    Browser.screenshot(page, "tasklist-claimed");

    filterNamed(page, "Việc của tôi").click();
    task.waitFor();
    filterNamed(page, "Sắp đến hạn").click();
    task.waitFor();
    Browser.screenshot(page, "tasklist-due-soon");

    // documents at hand (line 2): the task form links the whole dossier and each document, which
    // open in the same browser session, without signing in again
    page.getByText(taskName).click();
    Locator whole = page.getByText("Mở toàn bộ hồ sơ", new Page.GetByTextOptions().setExact(false));
    whole.first().waitFor();
    Browser.screenshot(page, "tasklist-task-form");
    String dossierHref = whole.first().getAttribute("href");
    assertThat(dossierHref).isEqualTo("/can-bo/ho-so/" + code);
    Page dossierPage = page.context().newPage();
    dossierPage.navigate(url(dossierHref));
    dossierPage.getByText("Nguyễn Minh Khôi").first().waitFor();
    assertThat(dossierPage.locator("h1").innerText()).isEqualTo("Hồ sơ " + code);
    Browser.screenshot(dossierPage, "tasklist-dossier-page");
    String documentHref = dossierPage.locator("a[href*='/giay-to/']").first().getAttribute("href");
    var document = dossierPage.request().get(url(documentHref));
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.headers().get("content-type")).isEqualTo("application/pdf");
    assertThat(document.headers().get("content-disposition")).startsWith("inline");
    dossierPage.close();

    page.getByText("English", new Page.GetByTextOptions().setExact(true)).click();
    page.getByText("Tiếng Việt", new Page.GetByTextOptions().setExact(true)).waitFor();
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    task.waitFor();
    Browser.screenshot(page, "tasklist-english");

    page.getByText("Tiếng Việt", new Page.GetByTextOptions().setExact(true)).click();
    page.getByText("English", new Page.GetByTextOptions().setExact(true)).waitFor();
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("vi");
  }

  /** A filter in Tasklist's list of filters, by its name (the chosen one shows its count too). */
  static Locator filterNamed(Page page, String name) {
    return page.locator("h4 > a").filter(new Locator.FilterOptions().setHasText(name)).first();
  }
}
