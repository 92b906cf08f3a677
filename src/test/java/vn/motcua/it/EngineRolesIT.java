package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 9, acceptance 5: each Camunda group may do what its work needs and nothing else, tried over
 * {@code /engine-rest} against every resource type. The dossier is a judicial-record request
 * waiting for the provincial centre's one-stop desk ({@code mc.tinh}); {@code mc.lamthanh} is a
 * one-stop officer of another agency, {@code cv.congan} and {@code ld.congan} the specialist and
 * leader who take the dossier later.
 */
@EngineRestTest
class EngineRolesIT {

  static final List<String> OFFICERS = List.of("mc.tinh", "mc.lamthanh", "cv.congan", "ld.congan");
  static final List<String> NOT_ADMINS =
      List.of("mc.tinh", "mc.lamthanh", "cv.congan", "ld.congan", "analyst");
  static final String NO_SUCH_TASK = "00000000-0000-0000-0000-000000000000";

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizations;
  @Autowired ManagementService management;
  @Autowired ApplicationRunner taskVariableGrantsUpgrade;

  ApiClient api;
  String code;
  String taskId;
  String processInstanceId;

  @BeforeEach
  void aDossierWaitingAtTheDesk() {
    api = new ApiClient(rest);
    ResponseEntity<JsonNode> submitted =
        api.submit("citizen1", Declarations.judicialRecord(3, "COUNTER", "standard", 2), null);
    assertThat(submitted.getStatusCode().value())
        .as(String.valueOf(submitted.getBody()))
        .isEqualTo(201);
    code = submitted.getBody().path("code").asText();
    JsonNode task = api.awaitTask("mc.tinh", code, USER_TASK_RECEIVE_DOSSIER);
    taskId = task.path("id").asText();
    processInstanceId = task.path("processInstanceId").asText();
  }

  // --- Task
  // -----------------------------------------------------------------------------------------

  @Test
  void theAnalyst_cannotSeeClaimCompleteOrReadADossiersTask() {
    assertThat(api.tasks("analyst", code)).as("the analyst's task list").isEmpty();
    assertThat(status("analyst", HttpMethod.GET, "/engine-rest/task/" + taskId, null))
        .isIn(403, 404);
    assertThat(
            status(
                "analyst",
                HttpMethod.POST,
                "/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", "analyst")))
        .isEqualTo(403);
    assertThat(
            api.complete(
                    "analyst", taskId, Map.of("receiveDecision", "accept", "identityChecked", true))
                .getStatusCode()
                .value())
        .as("the analyst accepts the dossier")
        .isEqualTo(403);
    assertThat(
            status("analyst", HttpMethod.GET, "/engine-rest/task/" + taskId + "/variables", null))
        .isEqualTo(403);
    assertThat(
            status(
                "analyst", HttpMethod.GET, "/engine-rest/task/" + taskId + "/form-variables", null))
        .isEqualTo(403);
    assertThat(
            status(
                "analyst",
                HttpMethod.PUT,
                "/engine-rest/task/" + taskId + "/variables/receiveDecision",
                Map.of("value", "accept")))
        .isEqualTo(403);
    assertThat(
            api.get(
                    "analyst",
                    "/engine-rest/variable-instance?processInstanceIdIn="
                        + processInstanceId
                        + "&maxResults=50")
                .getBody())
        .as("the dossier's variables, the task's summary among them")
        .isEmpty();
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void theCandidateOfficer_readsClaimsAndWorksTheTask_andNoOtherOfficerSeesIt() {
    assertThat(api.tasks("mc.tinh", code)).hasSize(1);
    ResponseEntity<JsonNode> variables =
        api.get("mc.tinh", "/engine-rest/task/" + taskId + "/form-variables");
    assertThat(variables.getStatusCode().value()).isEqualTo(200);
    assertThat(variables.getBody().has("dossierSummary")).as("the summary the form shows").isTrue();
    assertThat(
            status(
                "mc.tinh",
                HttpMethod.POST,
                "/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", "mc.tinh")))
        .isEqualTo(204);
    assertThat(status("mc.tinh", HttpMethod.POST, "/engine-rest/task/" + taskId + "/unclaim", null))
        .isEqualTo(204);

    for (String other : List.of("mc.lamthanh", "cv.congan", "ld.congan")) {
      assertThat(api.tasks(other, code)).as(other + "'s task list").isEmpty();
      assertThat(
              api.complete(
                      other, taskId, Map.of("receiveDecision", "accept", "identityChecked", true))
                  .getStatusCode()
                  .value())
          .as(other + " completes")
          .isIn(403, 404);
      assertThat(status(other, HttpMethod.GET, "/engine-rest/task/" + taskId + "/variables", null))
          .as(other)
          .isIn(403, 404);
    }
    api.completeTask(
        "mc.tinh",
        code,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "accept", "identityChecked", true));
  }

  /**
   * A refusal that named the task would tell an outsider which ids exist; and a dossier's task ends
   * with its process only.
   */
  @Test
  void deletingATask_isRefusedAlike_whetherItExistsOrNot_andNoOfficerDeletesADossiersTask() {
    ResponseEntity<String> foreign =
        exchange("mc.lamthanh", HttpMethod.DELETE, "/engine-rest/task/" + taskId, null);
    ResponseEntity<String> missing =
        exchange("mc.lamthanh", HttpMethod.DELETE, "/engine-rest/task/" + NO_SUCH_TASK, null);
    assertThat(foreign.getStatusCode().value()).isIn(403, 404);
    assertThat(missing.getStatusCode().value()).isEqualTo(foreign.getStatusCode().value());
    assertThat(missing.getBody()).isEqualTo(foreign.getBody());
    assertThat(foreign.getBody()).doesNotContain(taskId).doesNotContainIgnoringCase("process");

    for (String user : List.of("mc.tinh", "analyst")) {
      assertThat(
              exchange(user, HttpMethod.DELETE, "/engine-rest/task/" + taskId, null)
                  .getStatusCode()
                  .value())
          .as(user)
          .isIn(403, 404);
    }
    CamundaWebappSession tasklist = new CamundaWebappSession(rest, "tasklist");
    assertThat(tasklist.signIn("tasklist", "mc.tinh", "demo")).isEqualTo(200);
    assertThat(
            tasklist
                .exchange(
                    HttpMethod.DELETE, "/camunda/api/engine/engine/default/task/" + taskId, null)
                .getStatusCode()
                .value())
        .as("through Tasklist's copy of the API")
        .isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  /**
   * A task created before specific variable permissions were enforced: its candidate group had
   * READ, not READ_VARIABLE.
   */
  @Test
  void anOlderDatabasesTaskGrants_getReadVariable_once() throws Exception {
    Authorization older = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    older.setGroupId("hungnguyen-onestop");
    older.setResource(Resources.TASK);
    older.setResourceId(taskId);
    older.setPermissions(new Permission[] {Permissions.READ, Permissions.UPDATE});
    authorizations.saveAuthorization(older);
    management.deleteProperty("motcua.task-variable-grants");

    taskVariableGrantsUpgrade.run(null);

    Authorization upgraded =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn("hungnguyen-onestop")
            .resourceType(Resources.TASK)
            .resourceId(taskId)
            .singleResult();
    assertThat(upgraded.isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();
    assertThat(upgraded.isPermissionGranted(Permissions.UPDATE)).isTrue();
    assertThat(management.getProperties()).containsKey("motcua.task-variable-grants");
    assertThat(
            api.get("mc.hungnguyen", "/engine-rest/task/" + taskId + "/form-variables")
                .getStatusCode()
                .value())
        .isEqualTo(200);
    authorizations.deleteAuthorization(upgraded.getId());
  }

  // --- Process definition, process instance, history, jobs
  // ------------------------------------------

  @Test
  void theAnalyst_watchesDefinitionsInstancesAndIncidents_andRetriesJobs_butReadsNoVariables() {
    assertThat(
            api.get(
                    "analyst",
                    "/engine-rest/process-definition?key=judicial-record-certificate&maxResults=10")
                .getBody())
        .isNotEmpty();
    assertThat(
            api.get(
                    "analyst",
                    "/engine-rest/process-instance?businessKey="
                        + code
                        + "&processDefinitionKey=judicial-record-certificate&maxResults=10")
                .getBody())
        .hasSize(1);
    assertThat(status("analyst", HttpMethod.GET, "/engine-rest/incident?maxResults=10", null))
        .isEqualTo(200);
    assertThat(
            api.get(
                    "analyst",
                    "/engine-rest/history/process-instance?processInstanceBusinessKey="
                        + code
                        + "&processDefinitionKey=judicial-record-certificate&maxResults=10")
                .getBody())
        .hasSize(1);
    assertThat(
            api.get(
                    "analyst",
                    "/engine-rest/history/task?processInstanceBusinessKey="
                        + code
                        + "&maxResults=10")
                .getBody())
        .as("how long each step took")
        .hasSize(1);

    assertThat(
            status(
                "analyst",
                HttpMethod.GET,
                "/engine-rest/process-instance/" + processInstanceId + "/variables",
                null))
        .isEqualTo(403);
    assertThat(
            api.get(
                    "analyst",
                    "/engine-rest/history/variable-instance?processInstanceId="
                        + processInstanceId
                        + "&maxResults=50")
                .getBody())
        .isEmpty();

    JsonNode jobDefinitions =
        api.get(
                "analyst",
                "/engine-rest/job-definition?processDefinitionKey=status-notification&maxResults=10")
            .getBody();
    assertThat(jobDefinitions).isNotEmpty();
    String jobDefinition = jobDefinitions.get(0).path("id").asText();
    assertThat(
            status(
                "analyst",
                HttpMethod.PUT,
                "/engine-rest/job-definition/" + jobDefinition + "/retries",
                Map.of("retries", 3)))
        .as("an incident's retry is the analyst's work")
        .isEqualTo(204);
    for (String officer : OFFICERS) {
      assertThat(
              status(
                  officer,
                  HttpMethod.PUT,
                  "/engine-rest/job-definition/" + jobDefinition + "/retries",
                  Map.of("retries", 3)))
          .as(officer)
          .isEqualTo(403);
    }
  }

  @Test
  void theAnalyst_cannotStartStopSuspendOrDeleteDossiers() {
    String definitionId =
        api.get("analyst", "/engine-rest/process-instance/" + processInstanceId)
            .getBody()
            .path("definitionId")
            .asText();
    assertThat(
            status(
                "analyst",
                HttpMethod.POST,
                "/engine-rest/process-definition/key/judicial-record-certificate/start",
                Map.of()))
        .isEqualTo(403);
    assertThat(
            status(
                "analyst",
                HttpMethod.PUT,
                "/engine-rest/process-definition/" + definitionId + "/suspended",
                Map.of("suspended", true, "includeProcessInstances", true)))
        .isEqualTo(403);
    assertThat(
            status(
                "analyst",
                HttpMethod.PUT,
                "/engine-rest/process-instance/" + processInstanceId + "/suspended",
                Map.of("suspended", true)))
        .isEqualTo(403);
    assertThat(
            status(
                "analyst",
                HttpMethod.POST,
                "/engine-rest/process-instance/" + processInstanceId + "/variables",
                Map.of("modifications", Map.of("receiveDecision", Map.of("value", "accept")))))
        .isEqualTo(403);
    assertThat(
            status(
                "analyst",
                HttpMethod.DELETE,
                "/engine-rest/process-instance/" + processInstanceId,
                null))
        .isEqualTo(403);
    assertThat(
            status(
                "analyst",
                HttpMethod.POST,
                "/engine-rest/process-instance/" + processInstanceId + "/modification",
                Map.of(
                    "instructions",
                    List.of(Map.of("type", "cancel", "activityId", USER_TASK_RECEIVE_DOSSIER)))))
        .isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void officers_seeNoProcessInstancesHistoryOrDeployments_andStartNothing() {
    for (String officer : OFFICERS) {
      assertThat(api.get(officer, "/engine-rest/process-definition?maxResults=10").getBody())
          .as(officer + " reads definitions (Tasklist)")
          .isNotEmpty();
      for (String path :
          List.of(
              "/engine-rest/process-instance?businessKey=" + code + "&maxResults=10",
              "/engine-rest/history/process-instance?processInstanceBusinessKey="
                  + code
                  + "&maxResults=10",
              "/engine-rest/history/task?processInstanceBusinessKey=" + code + "&maxResults=10",
              "/engine-rest/deployment?maxResults=10")) {
        assertThat(api.get(officer, path).getBody()).as(officer).isEmpty();
      }
      assertThat(
              status(
                  officer,
                  HttpMethod.POST,
                  "/engine-rest/process-definition/key/judicial-record-certificate/start",
                  Map.of()))
          .as(officer)
          .isEqualTo(403);
      assertThat(
              status(
                  officer,
                  HttpMethod.DELETE,
                  "/engine-rest/process-instance/" + processInstanceId,
                  null))
          .as(officer)
          .isIn(403, 404);
    }
  }

  // --- Deployment
  // -----------------------------------------------------------------------------------

  @Test
  void theAnalyst_deploysAndReadsDeployments_butDeletesNone_andOfficersDeployNothing() {
    ResponseEntity<JsonNode> deployed = deploy("analyst", "roles-check");
    assertThat(deployed.getStatusCode().value())
        .as(String.valueOf(deployed.getBody()))
        .isEqualTo(200);
    String deploymentId = deployed.getBody().path("id").asText();
    assertThat(
            api.get("analyst", "/engine-rest/deployment?name=roles-check&maxResults=10").getBody())
        .hasSize(1);
    assertThat(
            status(
                "analyst",
                HttpMethod.DELETE,
                "/engine-rest/deployment/" + deploymentId + "?cascade=true",
                null))
        .isEqualTo(403);
    for (String officer : OFFICERS) {
      assertThat(deploy(officer, "roles-check-" + officer).getStatusCode().value())
          .as(officer)
          .isEqualTo(403);
    }
  }

  // --- Identity, authorizations, tenants, batches: the administrator's
  // --------------------------------

  @Test
  void onlyTheAdministrator_managesUsersGroupsTenantsAuthorizationsAndBatches() {
    Map<String, Object> user = Declarations.MALLORY;
    Map<String, Object> group = Map.of("id", "mallory-group", "name", "M", "type", "WORKFLOW");
    Map<String, Object> tenant = Map.of("id", "mallory-tenant", "name", "M");
    Map<String, Object> authorization =
        Map.of(
            "type",
            1,
            "permissions",
            List.of("ALL"),
            "userId",
            "analyst",
            "resourceType",
            6,
            "resourceId",
            "*");
    Map<String, Object> batch =
        Map.of("processInstanceIds", List.of(processInstanceId), "deleteReason", "x");
    for (String user1 : NOT_ADMINS) {
      assertForbidden(user1, " creates a user", HttpMethod.POST, "/engine-rest/user/create", user);
      assertForbidden(
          user1, " creates a group", HttpMethod.POST, "/engine-rest/group/create", group);
      assertForbidden(
          user1, " creates a tenant", HttpMethod.POST, "/engine-rest/tenant/create", tenant);
      assertForbidden(
          user1, " grants", HttpMethod.POST, "/engine-rest/authorization/create", authorization);
      assertForbidden(
          user1, " starts a batch", HttpMethod.POST, "/engine-rest/process-instance/delete", batch);
      assertForbidden(
          user1, "", HttpMethod.DELETE, "/engine-rest/group/analysts/members/" + user1, null);
    }
    assertThat(api.get("admin", "/engine-rest/user?maxResults=50").getBody()).isNotEmpty();
    assertThat(api.get("admin", "/engine-rest/authorization?maxResults=50").getBody()).isNotEmpty();
    assertThat(status("admin", HttpMethod.POST, "/engine-rest/tenant/create", tenant))
        .isEqualTo(204);
    assertThat(status("admin", HttpMethod.DELETE, "/engine-rest/tenant/mallory-tenant", null))
        .isEqualTo(204);
    assertThat(status("admin", HttpMethod.GET, "/engine-rest/task/" + taskId + "/variables", null))
        .isEqualTo(200);
  }

  @Test
  void theWebapps_openToTheRolesThatUseThem() {
    assertThat(new CamundaWebappSession(rest, "cockpit").signIn("cockpit", "analyst", "demo"))
        .isEqualTo(200);
    assertThat(new CamundaWebappSession(rest, "tasklist").signIn("tasklist", "analyst", "demo"))
        .as("the payment differences wait for an analyst in Tasklist")
        .isEqualTo(200);
    assertThat(new CamundaWebappSession(rest, "admin").signIn("admin", "analyst", "demo"))
        .isEqualTo(403);
    for (String officer : OFFICERS) {
      assertThat(new CamundaWebappSession(rest, "tasklist").signIn("tasklist", officer, "demo"))
          .as(officer)
          .isEqualTo(200);
      assertThat(new CamundaWebappSession(rest, "cockpit").signIn("cockpit", officer, "demo"))
          .as(officer)
          .isEqualTo(403);
    }
  }

  // --- helpers
  // --------------------------------------------------------------------------------------

  void assertForbidden(String user, String what, HttpMethod method, String path, Object body) {
    assertThat(status(user, method, path, body)).as(user + what).isEqualTo(403);
  }

  int status(String user, HttpMethod method, String path, Object body) {
    return exchange(user, method, path, body).getStatusCode().value();
  }

  ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String json;
    try {
      json = body == null ? null : new ObjectMapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
    return rest.withBasicAuth(user, ApiClient.PASSWORD)
        .exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }

  ResponseEntity<JsonNode> deploy(String user, String name) {
    String bpmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="definitions_%1$s" targetNamespace="http://motcua.vn/bpmn">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P30D">
            <bpmn:startEvent id="startEvent_started"/>
          </bpmn:process>
        </bpmn:definitions>
        """
            .formatted(name.replace('.', '-'));
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", name);
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    fileHeaders.setContentDisposition(
        ContentDisposition.formData().name(name + ".bpmn").filename(name + ".bpmn").build());
    parts.add(name + ".bpmn", new HttpEntity<>(bpmn.getBytes(StandardCharsets.UTF_8), fileHeaders));
    return api.deploy(user, parts);
  }
}
