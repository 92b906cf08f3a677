package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What an analyst does from Camunda Modeler: deploy a BPMN with its forms and metadata through
 * {@code POST /engine-rest/deployment/create}. The catalogue follows without a restart, a dossier
 * keeps the version it was received under, and a submission whose engine step fails leaves nothing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:deployment;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents"
    })
@ActiveProfiles("demo")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcedureDeploymentIT {

  static final String EXTRACT = "9.000635";
  static String firstDossier;

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  /** The civil-status extract's process and forms, deployed with that procedure descriptor. */
  ResponseEntity<JsonNode> deployExtract(String user, String name, String descriptor) {
    return deploy(
        user,
        name,
        "civil-status-extract.bpmn",
        descriptor,
        "civil-status-extract-request.form",
        "civil-status-extract-receive.form");
  }

  ResponseEntity<JsonNode> deploy(String user, String name, String... resources) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", name);
    parts.add("deployment-source", "Camunda Modeler");
    for (String resource : resources) {
      // v2 files are deployed under the procedure's usual name
      String deployedName =
          resource
              .replace("-v2.procedure.json", ".procedure.json")
              .replace("-invalid.procedure.json", ".procedure.json");
      parts.add(
          deployedName,
          ApiClient.deploymentPart(deployedName, new ClassPathResource("it/deploy/" + resource)));
    }
    return api.deploy(user, parts);
  }

  Map<String, Object> extractRequest() {
    return Declarations.extractRequest(EXTRACT);
  }

  @Test
  @Order(1)
  void anAnalystAddsAProcedure_byDeploymentAlone() {
    assertThat(api.getAnonymous("/api/v1/procedures/" + EXTRACT).getStatusCode().value())
        .isEqualTo(404);
    ResponseEntity<JsonNode> deployed =
        deployExtract("analyst", "civil-status-extract", "civil-status-extract.procedure.json");
    assertThat(deployed.getStatusCode().value())
        .as(String.valueOf(deployed.getBody()))
        .isEqualTo(200);

    JsonNode procedure = api.getAnonymous("/api/v1/procedures/" + EXTRACT).getBody();
    assertThat(procedure.path("version").asInt()).isEqualTo(1);
    assertThat(procedure.path("fee").path("baseAmount").asLong()).isEqualTo(8000);
    assertThat(procedure.path("form").path("id").asText())
        .isEqualTo("civil-status-extract-request");
    assertThat(
            api.getAnonymous("/api/v1/procedures?q=trich luc").getBody().findValuesAsText("code"))
        .contains(EXTRACT);

    ResponseEntity<JsonNode> submitted = api.submit("citizen1", extractRequest(), null);
    assertThat(submitted.getStatusCode().value())
        .as(String.valueOf(submitted.getBody()))
        .isEqualTo(201);
    firstDossier = submitted.getBody().path("code").asText();
    assertThat(submitted.getBody().path("procedure").path("version").asInt()).isEqualTo(1);
    assertThat(submitted.getBody().path("feeAmount").asLong()).isEqualTo(8000);
    JsonNode task = api.awaitTask("mc.lamthanh", firstDossier, USER_TASK_RECEIVE_DOSSIER);
    JsonNode form =
        api.get("mc.lamthanh", "/engine-rest/task/" + task.path("id").asText() + "/deployed-form")
            .getBody();
    assertThat(form.path("id").asText()).isEqualTo("civil-status-extract-receive");
  }

  @Test
  @Order(2)
  void aNewVersionChangesTheProcedure_butNotTheDossiersReceivedUnderTheOldOne() {
    ResponseEntity<JsonNode> deployed =
        deployExtract("analyst", "civil-status-extract", "civil-status-extract-v2.procedure.json");
    assertThat(deployed.getStatusCode().value())
        .as(String.valueOf(deployed.getBody()))
        .isEqualTo(200);
    JsonNode procedure = api.getAnonymous("/api/v1/procedures/" + EXTRACT).getBody();
    assertThat(procedure.path("version").asInt()).isEqualTo(2);
    assertThat(procedure.path("fee").path("baseAmount").asLong()).isEqualTo(10000);

    JsonNode old = api.dossier("citizen1", firstDossier);
    assertThat(old.path("procedure").path("version").asInt()).isEqualTo(1);
    assertThat(old.path("feeAmount").asLong()).isEqualTo(8000);
    api.completeTask(
        "mc.lamthanh",
        firstDossier,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "accept"));
    api.awaitStatus("citizen1", firstDossier, "RECEIVED");

    ResponseEntity<JsonNode> newer = api.submit("citizen1", extractRequest(), null);
    assertThat(newer.getBody().path("procedure").path("version").asInt()).isEqualTo(2);
    assertThat(newer.getBody().path("feeAmount").asLong()).isEqualTo(10000);
  }

  @Test
  @Order(3)
  void anInvalidDescriptor_isRefusedWithItsProblems_andChangesNothing() {
    ResponseEntity<JsonNode> refused =
        deployExtract(
            "analyst", "civil-status-extract", "civil-status-extract-invalid.procedure.json");
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().path("message").asText())
        .contains("levels must be")
        .contains("startForm is missing")
        .contains("timeLimit needs");
    assertThat(api.getAnonymous("/api/v1/procedures/" + EXTRACT).getBody().path("version").asInt())
        .isEqualTo(2);
  }

  @Test
  @Order(4)
  void onlyAnalystsDeploy() {
    ResponseEntity<JsonNode> officer =
        deployExtract("mc.lamthanh", "x", "civil-status-extract.procedure.json");
    assertThat(officer.getStatusCode().value()).isEqualTo(403);
    ResponseEntity<JsonNode> citizen = deploy("citizen1", "x", "civil-status-extract.bpmn");
    assertThat(citizen.getStatusCode().value())
        .as("citizens have no Camunda account")
        .isEqualTo(401);
  }

  @Test
  @Order(5)
  void whenTheEngineStepFails_noHalfWrittenDossierRemains() {
    assertThat(
            deploy(
                    "analyst",
                    "broken",
                    "broken-procedure.bpmn",
                    "broken-procedure.procedure.json",
                    "civil-status-extract-request.form")
                .getStatusCode()
                .value())
        .isEqualTo(200);
    LocalDate today = TestClock.today();
    Integer before = lastSequence("000.40.11.H40", today);
    int dossiersBefore = count("select count(*) from dossier");

    Map<String, Object> dossier = extractRequest();
    dossier.put("procedureCode", "9.999999");
    ResponseEntity<JsonNode> failed = api.submit("citizen1", dossier, "broken-1");
    assertThat(failed.getStatusCode().value()).isEqualTo(500);
    assertThat(failed.getBody().path("detail").asText())
        .contains("chưa có gì được lưu")
        .contains(failed.getBody().path("reference").asText());

    assertThat(count("select count(*) from dossier")).isEqualTo(dossiersBefore);
    assertThat(count("select count(*) from dossier where procedure_code = '9.999999'")).isZero();
    assertThat(count("select count(*) from submission_request where idempotency_key = 'broken-1'"))
        .isZero();
    assertThat(
            count(
                "select count(*) from dossier_timeline t left join dossier d on d.id = t.dossier_id where d.id is null"))
        .isZero();
    assertThat(lastSequence("000.40.11.H40", today))
        .as("the code's number is not used up")
        .isEqualTo(before);
    assertThat(
            count(
                "select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ where d.KEY_ = 'broken-procedure'"))
        .isZero();
  }

  @Test
  @Order(6)
  void aSecondAssessmentAtAnotherAgency_isModelledNotCoded() {
    ResponseEntity<JsonNode> deployed =
        deploy(
            "analyst",
            "two-agency-check",
            "two-agency-check.bpmn",
            "two-agency-check.procedure.json",
            "civil-status-extract-request.form",
            "two-agency-check-assess.form",
            "two-agency-check-verify.form");
    assertThat(deployed.getStatusCode().value())
        .as(String.valueOf(deployed.getBody()))
        .isEqualTo(200);
    Map<String, Object> request = extractRequest();
    request.put("procedureCode", "9.000777");
    String code = api.submitCode("citizen1", request);
    api.completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    api.awaitStatus("citizen1", code, "RECEIVED");

    api.completeTask(
        "cv.lamthanh", code, "userTask_assessDossier", Map.of("assessDecision", "forward"));
    JsonNode police = api.awaitTask("cv.congan", code, "userTask_verifyAtPolice");
    assertThat(api.tasks("cv.lamthanh", code)).as("the commune no longer holds it").isEmpty();
    assertThat(api.status("citizen1", code))
        .as("a step inside the agencies' work keeps the status")
        .isEqualTo("RECEIVED");
    assertThat(api.officerTimelineNotes("cv.lamthanh", code))
        .contains("Thẩm định hồ sơ: đã xử lý xong");
    assertThat(DossierLifecycleScenarios.notes(api.dossier("citizen1", code)))
        .as("the agencies' own step, not the applicant's to read")
        .doesNotContain("Thẩm định hồ sơ: đã xử lý xong");

    ResponseEntity<JsonNode> noReason =
        api.complete(
            "cv.congan",
            police.path("id").asText(),
            Map.of("verifyAtPoliceDecision", "notConfirmed"));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(noReason.getBody().path("message").asText()).contains("bắt buộc ghi rõ lý do");

    api.completeTask(
        "cv.congan",
        code,
        "userTask_verifyAtPolice",
        Map.of("verifyAtPoliceDecision", "confirmed"));
    api.awaitStatus("citizen1", code, "IN_APPROVAL");
    api.completeTask(
        "ld.lamthanh", code, "userTask_approveDossier", Map.of("approveDecision", "approve"));
    api.awaitStatus("citizen1", code, "DELIVERED");
  }

  int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }

  Integer lastSequence(String unit, LocalDate day) {
    List<Integer> values =
        jdbc.queryForList(
            "select last_value from dossier_code_sequence where unit_code = ? and sequence_day = ?",
            Integer.class,
            unit,
            day);
    return values.isEmpty() ? 0 : values.get(0);
  }
}
