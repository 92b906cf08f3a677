package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.motcua.workflow.tasklist.SharedFilter;

/**
 * Issue 12, acceptance 1, behind Tasklist's screens: a dossier's task is named with its code and
 * applicant, and history keeps the code without the applicant; every officer finds the shared
 * filters, and each shows the tasks it promises to the officer who asks, soonest due first, through
 * Tasklist's own API and {@code /engine-rest} alike, with expressions in stored queries still off.
 */
@IntegrationTest
class TasklistDeskIT {

  static final String APPLICANT = "Nguyễn Văn An";
  static final DateTimeFormatter ENGINE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired ApplicationRunner sharedFilters;

  ApiClient api;
  String code;
  String taskId;

  @BeforeEach
  void aBirthRegistrationWaitingAtLamThanhsDesk() {
    api = new ApiClient(rest);
    ResponseEntity<JsonNode> submitted =
        api.submitWithFiles(
            "citizen1",
            Declarations.birthRegistration(4, "ELECTRONIC", 10),
            List.of(Declarations.birthCertificate()),
            null);
    assertThat(submitted.getStatusCode().value())
        .as(String.valueOf(submitted.getBody()))
        .isEqualTo(201);
    code = submitted.getBody().path("code").asText();
    taskId = api.awaitTask("mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER).path("id").asText();
  }

  @Test
  void aTaskIsNamedWithTheDossierCodeAndApplicant_butHistoryKeepsOnlyTheCode() {
    assertThat(
            api.get("mc.lamthanh", "/engine-rest/task/" + taskId).getBody().path("name").asText())
        .isEqualTo("Tiếp nhận hồ sơ " + code + " – " + APPLICANT);

    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    JsonNode assess = api.awaitTask("cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER);
    assertThat(assess.path("name").asText())
        .as("the procedure's own step, in the process the reception returned to")
        .isEqualTo("Thẩm định hồ sơ " + code + " – " + APPLICANT);

    JsonNode history =
        api.get(
                "admin",
                "/engine-rest/history/task?processInstanceBusinessKey=" + code + "&maxResults=50")
            .getBody();
    List<String> names = new ArrayList<>();
    history.forEach(t -> names.add(t.path("name").asText()));
    assertThat(names)
        .as("the historic tasks, the finished one and the open one")
        .contains("Tiếp nhận hồ sơ " + code, "Thẩm định hồ sơ " + code)
        .noneMatch(name -> name.contains(APPLICANT));
    assertThat(
            api.get(
                    "admin",
                    "/engine-rest/history/user-operation?processInstanceId="
                        + assess.path("processInstanceId").asText()
                        + "&maxResults=100")
                .getBody()
                .toString())
        .as("the operation log")
        .doesNotContain(APPLICANT);
  }

  @Test
  void everyOfficerFindsTheSharedFilters_inTheirOrder_onceAfterAnotherStart() throws Exception {
    // what camunda.bpm.filter.create made in earlier versions: no order, no properties
    filterService.saveFilter(filterService.newTaskFilter("Tất cả công việc"));
    sharedFilters.run(null);

    for (String officer : List.of("mc.lamthanh", "cv.congan", "ld.hungnguyen")) {
      CamundaWebappSession tasklist = signedIn(officer);
      ResponseEntity<String> list =
          tasklist.exchange(
              HttpMethod.GET,
              "/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=50",
              null);
      assertThat(list.getStatusCode().value()).as(list.getBody()).isEqualTo(200);
      List<JsonNode> shared = new ArrayList<>();
      api.readJson(list.getBody())
          .forEach(
              f -> {
                if (f.path("id").asText().startsWith("motcua-")) {
                  shared.add(f);
                }
              });
      // Tasklist lists filters by their priority
      shared.sort(Comparator.comparingInt(f -> f.path("properties").path("priority").asInt()));
      assertThat(shared.stream().map(f -> f.path("name").asText()))
          .as(officer + "'s filters")
          .containsExactly(
              "Việc của tôi", "Việc của nhóm", "Sắp đến hạn", "Quá hạn", "Tất cả công việc");
      assertThat(shared.stream().map(f -> f.path("itemCount").isNumber()))
          .as("with the count beside each")
          .containsOnly(true);
    }
    for (SharedFilter shared : SharedFilter.values()) {
      assertThat(filterService.createTaskFilterQuery().filterName(shared.label()).list())
          .as(shared.label() + ", the starter's replaced")
          .singleElement()
          .extracting(Filter::getId)
          .isEqualTo(shared.id());
    }
  }

  @Test
  void theGroupsFilter_holdsTheTaskUntilClaimed_thenTheClaimantsOwn() throws Exception {
    CamundaWebappSession desk = signedIn("mc.lamthanh");
    assertThat(ids(desk, SharedFilter.GROUP_TASKS)).containsExactly(taskId);
    assertThat(ids(desk, SharedFilter.MY_TASKS)).isEmpty();
    assertThat(ids(signedIn("mc.hungnguyen"), SharedFilter.GROUP_TASKS))
        .as("another commune's desk")
        .isEmpty();
    assertThat(ids(signedIn("cv.lamthanh"), SharedFilter.GROUP_TASKS))
        .as("the specialist of the same commune")
        .isEmpty();

    assertThat(
            desk.exchange(
                    HttpMethod.POST,
                    "/camunda/api/engine/engine/default/task/" + taskId + "/claim",
                    "{\"userId\":\"mc.lamthanh\"}")
                .getStatusCode()
                .value())
        .isEqualTo(204);
    assertThat(ids(desk, SharedFilter.MY_TASKS)).containsExactly(taskId);
    assertThat(ids(desk, SharedFilter.GROUP_TASKS)).as("claimed: no longer the group's").isEmpty();
    assertThat(ids(desk, SharedFilter.ALL_TASKS)).containsExactly(taskId);

    JsonNode overRest =
        api.post(
                "mc.lamthanh",
                "/engine-rest/filter/" + SharedFilter.MY_TASKS.id() + "/list?maxResults=15",
                Map.of("processInstanceBusinessKey", code))
            .getBody();
    assertThat(overRest.findValuesAsText("id")).as("/engine-rest").containsExactly(taskId);
    assertThat(
            api.get("mc.lamthanh", "/engine-rest/filter/" + SharedFilter.MY_TASKS.id() + "/count")
                .getBody()
                .path("count")
                .asLong())
        .as("the count Tasklist shows beside the filter")
        .isPositive();
  }

  @Test
  void dueSoonAndOverdue_followTheDueDate_andTheListsAreSortedByIt() throws Exception {
    CamundaWebappSession desk = signedIn("mc.lamthanh");

    setDue(TestClock.now().plus(Duration.ofDays(20)));
    assertThat(ids(desk, SharedFilter.DUE_SOON)).as("due in 20 days").isEmpty();
    assertThat(ids(desk, SharedFilter.OVERDUE)).isEmpty();

    setDue(TestClock.now().plus(Duration.ofHours(3)));
    assertThat(ids(desk, SharedFilter.DUE_SOON)).as("due in 3 hours").containsExactly(taskId);
    assertThat(ids(desk, SharedFilter.OVERDUE)).isEmpty();

    setDue(TestClock.now().minus(Duration.ofHours(1)));
    assertThat(ids(desk, SharedFilter.DUE_SOON)).isEmpty();
    assertThat(ids(desk, SharedFilter.OVERDUE)).as("due an hour ago").containsExactly(taskId);

    for (SharedFilter shared : SharedFilter.values()) {
      List<OffsetDateTime> due = new ArrayList<>();
      api.readJson(
              desk.exchange(
                      HttpMethod.POST,
                      "/camunda/api/engine/engine/default/filter/"
                          + shared.id()
                          + "/list?firstResult=0&maxResults=50",
                      "{}")
                  .getBody())
          .forEach(
              t -> {
                if (t.hasNonNull("due")) {
                  due.add(OffsetDateTime.parse(t.path("due").asText(), ENGINE_DATE));
                }
              });
      assertThat(due)
          .as(shared.label() + ", soonest first")
          .isSortedAccordingTo(Comparator.naturalOrder());
    }
  }

  /** The filter's tasks of this test's dossier, as Tasklist asks for them. */
  List<String> ids(CamundaWebappSession tasklist, SharedFilter filter) throws Exception {
    ResponseEntity<String> response =
        tasklist.exchange(
            HttpMethod.POST,
            "/camunda/api/engine/engine/default/filter/"
                + filter.id()
                + "/list?firstResult=0&maxResults=15",
            "{\"processInstanceBusinessKey\":\"" + code + "\"}");
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    api.readJson(response.getBody()).forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }

  CamundaWebappSession signedIn(String officer) {
    CamundaWebappSession tasklist = new CamundaWebappSession(rest, "tasklist");
    assertThat(tasklist.signIn("tasklist", officer, ApiClient.PASSWORD)).isEqualTo(200);
    return tasklist;
  }

  void setDue(Instant due) {
    taskService.setDueDate(taskId, Date.from(due));
  }
}
