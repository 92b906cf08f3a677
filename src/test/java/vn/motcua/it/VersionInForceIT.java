package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A rule change deployed ahead of its date, as an analyst does it from Camunda Modeler through
 * {@code /engine-rest}: the catalogue keeps today's version and announces the next one with its
 * date; redeploying today's rules meanwhile does not cancel the change; on its date the new version
 * is in force, and a dossier received before keeps its version's fee and process to the end. The
 * time moves ({@link MovableClock}), so this class runs on a context and database of its own.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:versions;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents"
    })
@ActiveProfiles("demo")
@DirtiesContext
@MovableClock.Used
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VersionInForceIT {

  static final String EXTRACT = "9.000635";
  static final LocalDate LONG_AGO = LocalDate.of(2025, 7, 1);
  static final int DAYS_AHEAD = 10;
  static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** What the steps leave for the next ones: the change's date, definitions, the dossier. */
  static LocalDate changeDay;

  static String todaysRulesDefinition;
  static String changedRulesDefinition;
  static String dossierUnderTodaysRules;

  @Autowired TestRestTemplate rest;
  @Autowired MovableClock clock;
  @Autowired ObjectMapper objectMapper;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  @Test
  @Order(1)
  void aChangeDeployedAhead_leavesTodaysVersionInForce_andIsAnnouncedWithItsDate()
      throws Exception {
    changeDay = clock.today().plusDays(DAYS_AHEAD);
    deployExtract(LONG_AGO, 8000);
    changedRulesDefinition = deployExtract(changeDay, 10000);

    JsonNode procedure = procedure();
    assertThat(procedure.path("version").asInt()).isEqualTo(1);
    assertThat(procedure.path("fee").path("baseAmount").asLong()).isEqualTo(8000);
    assertThat(procedure.path("upcoming").path("version").asInt()).isEqualTo(2);
    assertThat(procedure.path("upcoming").path("validFrom").asText())
        .isEqualTo(changeDay.toString());

    JsonNode listed = listed();
    assertThat(listed.path("version").asInt()).isEqualTo(1);
    assertThat(listed.path("baseFee").asLong()).isEqualTo(8000);
    assertThat(listed.path("upcoming").path("version").asInt()).isEqualTo(2);
    assertThat(listed.path("upcoming").path("validFrom").asText()).isEqualTo(changeDay.toString());
  }

  @Test
  @Order(2)
  void theProcedurePage_announcesTheNewVersionsDate() {
    assertThat(page("/thu-tuc/" + EXTRACT, null))
        .contains("Áp dụng từ " + changeDay.format(DD_MM_YYYY) + ": phiên bản mới")
        .contains("8.000 đồng");
    assertThat(page("/thu-tuc/" + EXTRACT, "lang=en"))
        .contains("In force from " + changeDay.format(DD_MM_YYYY) + ": a new version");
  }

  @Test
  @Order(3)
  void redeployingTodaysRules_putsThemInForce_andKeepsTheChangeScheduled() throws Exception {
    todaysRulesDefinition = deployExtract(LONG_AGO, 8000);

    JsonNode procedure = procedure();
    assertThat(procedure.path("version").asInt()).isEqualTo(3);
    assertThat(procedure.path("fee").path("baseAmount").asLong()).isEqualTo(8000);
    assertThat(procedure.path("upcoming").path("version").asInt())
        .as("the change deployed ahead is still coming")
        .isEqualTo(2);
    assertThat(procedure.path("upcoming").path("validFrom").asText())
        .isEqualTo(changeDay.toString());

    ResponseEntity<JsonNode> submitted = api.submit("citizen1", extractRequest(), null);
    assertThat(submitted.getStatusCode().value())
        .as(String.valueOf(submitted.getBody()))
        .isEqualTo(201);
    dossierUnderTodaysRules = submitted.getBody().path("code").asText();
    assertThat(submitted.getBody().path("procedure").path("version").asInt()).isEqualTo(3);
    assertThat(submitted.getBody().path("feeAmount").asLong()).isEqualTo(8000);
    assertThat(processDefinitionOf(dossierUnderTodaysRules)).isEqualTo(todaysRulesDefinition);
  }

  @Test
  @Order(4)
  void theDayBeforeTheChange_todaysRulesAreStillInForce() {
    clock.moveForward(Duration.ofDays(DAYS_AHEAD - 1));
    assertThat(procedure().path("version").asInt()).isEqualTo(3);
    assertThat(procedure().path("upcoming").path("version").asInt()).isEqualTo(2);
  }

  @Test
  @Order(5)
  void onItsDate_theChangeIsInForce_andNoLongerAnnounced() {
    clock.moveForward(Duration.ofDays(1));
    assertThat(clock.today()).isEqualTo(changeDay);

    JsonNode procedure = procedure();
    assertThat(procedure.path("version").asInt()).isEqualTo(2);
    assertThat(procedure.path("fee").path("baseAmount").asLong()).isEqualTo(10000);
    assertThat(procedure.path("upcoming").isNull()).as(procedure.toString()).isTrue();
    assertThat(listed().path("version").asInt()).isEqualTo(2);
    assertThat(page("/thu-tuc/" + EXTRACT, null))
        .contains("10.000 đồng")
        .doesNotContain("phiên bản mới");

    ResponseEntity<JsonNode> submitted = api.submit("citizen1", extractRequest(), null);
    assertThat(submitted.getStatusCode().value())
        .as(String.valueOf(submitted.getBody()))
        .isEqualTo(201);
    String code = submitted.getBody().path("code").asText();
    assertThat(submitted.getBody().path("procedure").path("version").asInt()).isEqualTo(2);
    assertThat(submitted.getBody().path("feeAmount").asLong()).isEqualTo(10000);
    assertThat(processDefinitionOf(code))
        .as("the process deployed with version 2, though one was deployed after it")
        .isEqualTo(changedRulesDefinition);
  }

  @Test
  @Order(6)
  void aDossierReceivedBeforeTheChange_keepsItsVersionAndProcessToTheEnd() {
    JsonNode before = api.dossier("citizen1", dossierUnderTodaysRules);
    assertThat(before.path("procedure").path("version").asInt()).isEqualTo(3);
    assertThat(before.path("feeAmount").asLong()).isEqualTo(8000);

    api.completeTask(
        "mc.lamthanh",
        dossierUnderTodaysRules,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "accept"));
    JsonNode received = api.awaitStatus("citizen1", dossierUnderTodaysRules, "RECEIVED");
    assertThat(received.path("procedure").path("version").asInt()).isEqualTo(3);
    assertThat(received.path("feeAmount").asLong()).isEqualTo(8000);

    JsonNode instance = history(dossierUnderTodaysRules);
    assertThat(instance.path("processDefinitionId").asText()).isEqualTo(todaysRulesDefinition);
    assertThat(instance.path("state").asText()).isEqualTo("COMPLETED");
  }

  /**
   * Deploys the civil-status extract's process and forms with its descriptor, valid from {@code
   * validFrom} at {@code fee}; gives back the id of the process definition deployed with it.
   */
  String deployExtract(LocalDate validFrom, long fee) throws Exception {
    ObjectNode descriptor =
        (ObjectNode)
            objectMapper.readTree(
                new ClassPathResource("it/deploy/civil-status-extract.procedure.json")
                    .getContentAsByteArray());
    descriptor.put("validFrom", validFrom.toString());
    ((ObjectNode) descriptor.path("fee")).put("baseAmount", fee);

    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "civil-status-extract");
    parts.add("deployment-source", "Camunda Modeler");
    add(parts, "civil-status-extract.bpmn", resource("civil-status-extract.bpmn"));
    add(
        parts,
        "civil-status-extract.procedure.json",
        new ByteArrayResource(objectMapper.writeValueAsBytes(descriptor)));
    add(parts, "civil-status-extract-request.form", resource("civil-status-extract-request.form"));
    add(parts, "civil-status-extract-receive.form", resource("civil-status-extract-receive.form"));
    ResponseEntity<JsonNode> deployed = api.deploy("analyst", parts);
    assertThat(deployed.getStatusCode().value())
        .as(String.valueOf(deployed.getBody()))
        .isEqualTo(200);
    return deployed.getBody().path("deployedProcessDefinitions").fieldNames().next();
  }

  static Resource resource(String name) {
    return new ClassPathResource("it/deploy/" + name);
  }

  static void add(MultiValueMap<String, Object> parts, String name, Resource file) {
    parts.add(name, ApiClient.deploymentPart(name, file));
  }

  JsonNode procedure() {
    ResponseEntity<JsonNode> response = api.getAnonymous("/api/v1/procedures/" + EXTRACT);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response.getBody();
  }

  /** The procedure's entry in the catalogue's list. */
  JsonNode listed() {
    for (JsonNode entry : api.getAnonymous("/api/v1/procedures?q=trich luc").getBody()) {
      if (entry.path("code").asText().equals(EXTRACT)) {
        return entry;
      }
    }
    throw new AssertionError(EXTRACT + " is not in the catalogue's list");
  }

  String page(String path, String cookie) {
    HttpHeaders headers = new HttpHeaders();
    if (cookie != null) {
      headers.set(HttpHeaders.COOKIE, cookie);
    }
    ResponseEntity<String> response =
        rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response.getBody();
  }

  Map<String, Object> extractRequest() {
    return Declarations.extractRequest(EXTRACT);
  }

  /** The process instance of a dossier, from the engine's history (running or ended). */
  JsonNode history(String dossierCode) {
    JsonNode instances =
        api.get(
                "admin",
                "/engine-rest/history/process-instance?processInstanceBusinessKey="
                    + dossierCode
                    + "&processDefinitionKey=civil-status-extract&maxResults=10")
            .getBody();
    assertThat(instances).hasSize(1);
    return instances.get(0);
  }

  String processDefinitionOf(String dossierCode) {
    return history(dossierCode).path("processDefinitionId").asText();
  }
}
