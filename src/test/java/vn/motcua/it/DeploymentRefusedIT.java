package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An analyst's deployment that would leave dossiers stuck is refused with a 400 that lists every
 * problem, and nothing of it reaches the engine or the catalogue. Each case starts from a sound
 * procedure (birth registration's files, which the application deploys at start through the same
 * check, under another code and process id) and breaks one thing; the case of every problem at once
 * counts them, so the sound files add none.
 */
@IntegrationTest
class DeploymentRefusedIT {

  static final String CODE = "9.000099";
  static final String PROCESS = "deployment-check";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  /** The sound procedure's files, by resource name. */
  static Map<String, String> soundProcedure() throws IOException {
    Map<String, String> files = renamed("birth-registration", "1.001193", PROCESS);
    files.put(
        PROCESS + ".bpmn",
        files.get(PROCESS + ".bpmn").replace("birth-registration-assess", PROCESS + "-assess"));
    files.put(
        PROCESS + "-assess.form",
        read("forms/birth-registration-assess.form")
            .replace("birth-registration-assess", PROCESS + "-assess"));
    return files;
  }

  /**
   * A deployed procedure's BPMN, descriptor and declaration form under the process id {@code as}
   * and the code {@link #CODE}.
   */
  static Map<String, String> renamed(String process, String code, String as) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        as + ".bpmn",
        read("processes/" + process + ".bpmn")
            .replace("id=\"" + process + "\"", "id=\"" + as + "\"")
            .replace("bpmnElement=\"" + process + "\"", "bpmnElement=\"" + as + "\""));
    files.put(
        as + ".procedure.json",
        read("processes/" + process + ".procedure.json")
            .replace("\"" + code + "\"", "\"" + CODE + "\"")
            .replace("\"" + process + "\"", "\"" + as + "\"")
            .replace(process + "-declaration", as + "-declaration")
            .replace(process + ".result.html", as + ".result.html"));
    if (new ClassPathResource("processes/" + process + ".result.html").exists()) {
      files.put(as + ".result.html", read("processes/" + process + ".result.html"));
    }
    files.put(
        as + "-declaration.form",
        read("forms/" + process + "-declaration.form")
            .replace(process + "-declaration", as + "-declaration"));
    return files;
  }

  static String read(String resource) throws IOException {
    return new String(
        new ClassPathResource(resource).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  ResponseEntity<JsonNode> deploy(Map<String, String> files) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", PROCESS);
    files.forEach(
        (name, text) ->
            parts.add(
                name,
                ApiClient.deploymentPart(
                    name,
                    new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
                      @Override
                      public String getFilename() {
                        return name;
                      }
                    })));
    return api.deploy("analyst", parts);
  }

  /** Deploys the sound procedure with its BPMN changed; answers the refusal's message. */
  String refusedWith(UnaryOperator<String> bpmnChange) throws IOException {
    Map<String, String> files = soundProcedure();
    files.put(PROCESS + ".bpmn", bpmnChange.apply(files.get(PROCESS + ".bpmn")));
    return refused(files);
  }

  String refused(Map<String, String> files) {
    ResponseEntity<JsonNode> answer = deploy(files);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(400);
    assertThat(api.getAnonymous("/api/v1/procedures/" + CODE).getStatusCode().value())
        .as("nothing reaches the catalogue")
        .isEqualTo(404);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from ACT_RE_PROCDEF where KEY_ = ?", Integer.class, PROCESS))
        .as("nothing reaches the engine")
        .isZero();
    return answer.getBody().path("message").asText();
  }

  @Test
  void aUserTasksFormLeftOut() throws IOException {
    Map<String, String> files = soundProcedure();
    files.remove(PROCESS + "-assess.form");
    assertThat(refused(files))
        .contains("user task userTask_assessDossier")
        .contains("its form '" + PROCESS + "-assess' is not in the deployment");
  }

  @Test
  void aStageWhoseDecisionLeadsToAStatusNoOfficerDecides() throws IOException {
    assertThat(
            refusedWith(
                bpmn ->
                    bpmn.replace(
                        "name=\"decision.stop\" value=\"STOPPED\"",
                        "name=\"decision.stop\" value=\"DELIVERED\"")))
        .contains("decision 'stop' leads to 'DELIVERED', which is not one of");
  }

  @Test
  void anApprovalWhoseReturnNobodyCatches() throws IOException {
    assertThat(
            refusedWith(
                bpmn ->
                    bpmn.replace(
                        "errorRef=\"Error_DossierReturned\"",
                        "errorRef=\"Error_DossierRejected\"")))
        .contains("call activity callActivity_approval")
        .contains("catch the error DOSSIER_RETURNED");
  }

  @Test
  void aTransferWhoseFormHasNoAgencyField() throws IOException {
    Map<String, String> files = soundProcedure();
    files.put(
        PROCESS + "-assess.form",
        files.get(PROCESS + "-assess.form").replace("\"assessTransferTo\"", "\"agency\""));
    assertThat(refused(files))
        .contains("a decision leads to TRANSFER")
        .contains("has no field 'assessTransferTo'");
  }

  @Test
  void anUnknownStageWithoutDecisions() throws IOException {
    assertThat(
            refusedWith(
                bpmn ->
                    bpmn.replaceAll(
                            "\\s*<camunda:property name=\"(decision\\.\\w+|reasonRequired)\""
                                + " value=\"[^\"]*\" />",
                            "")
                        .replace(
                            "name=\"stage\" value=\"assess\"", "name=\"stage\" value=\"verify\"")))
        .contains("stage 'verify' declares no decisions");
  }

  @Test
  void aFormThatOffersOtherDecisionsThanTheStage() throws IOException {
    assertThat(
            refusedWith(
                bpmn ->
                    bpmn.replace(
                            "name=\"decision.stop\" value=\"STOPPED\"",
                            "name=\"decision.halt\" value=\"STOPPED\"")
                        .replace(
                            "name=\"reasonRequired\" value=\"stop,transfer\"",
                            "name=\"reasonRequired\" value=\"halt,transfer\"")))
        .contains("its form offers the decisions [propose, stop, transfer]")
        .contains("declares [propose, halt, transfer]");
  }

  @Test
  void aCalledProcessThatDoesNotExist() throws IOException {
    assertThat(
            refusedWith(
                bpmn -> bpmn.replace("calledElement=\"approval\"", "calledElement=\"aproval\"")))
        .contains("call activity callActivity_approval: it calls the process 'aproval'");
  }

  @Test
  void aCandidateGroupWithNoAgencyRole() throws IOException {
    assertThat(
            refusedWith(
                bpmn ->
                    bpmn.replace(
                        "candidateGroups=\"${resolvingAgency}-specialist\"",
                        "candidateGroups=\"${resolvingAgency}-specalist\"")))
        .contains("candidate group '${resolvingAgency}-specalist' names no agency role");
  }

  @Test
  void aMalformedTimer() throws IOException {
    assertThat(
            refusedWith(
                bpmn ->
                    bpmn.replace(
                        "<bpmn:endEvent id=\"endEvent_resultDelivered\"",
                        "<bpmn:boundaryEvent id=\"timer_remind\" cancelActivity=\"false\""
                            + " attachedToRef=\"userTask_assessDossier\">"
                            + "<bpmn:timerEventDefinition id=\"t1\"><bpmn:timeDuration"
                            + " xsi:type=\"bpmn:tFormalExpression\">P2 days</bpmn:timeDuration>"
                            + "</bpmn:timerEventDefinition></bpmn:boundaryEvent>"
                            + "<bpmn:endEvent id=\"endEvent_resultDelivered\"")))
        .contains("timer timer_remind: timeDuration 'P2 days' is not a valid");
  }

  @Test
  void everyProblemIsListedAtOnce() throws IOException {
    Map<String, String> files = soundProcedure();
    files.remove(PROCESS + "-assess.form");
    files.put(
        PROCESS + ".bpmn",
        files
            .get(PROCESS + ".bpmn")
            .replace("calledElement=\"delivery\"", "calledElement=\"post\"")
            .replace("${resolvingAgency}-specialist", "${resolvingAgency}-desk"));
    assertThat(refused(files))
        .contains("(3 problems)")
        .contains("is not in the deployment")
        .contains("it calls the process 'post'")
        .contains("names no agency role");
  }

  static final String GROUP = "deployment-check-group";

  /** Group A's files under another code and process id. */
  String refusedWithGroupDescriptor(UnaryOperator<String> change) throws IOException {
    Map<String, String> files = soundGroup();
    files.put(GROUP + ".procedure.json", change.apply(files.get(GROUP + ".procedure.json")));
    return refused(files);
  }

  static Map<String, String> soundGroup() throws IOException {
    Map<String, String> files = renamed("interlinked-birth", "LOCAL.LT-KS", GROUP);
    for (String part : new String[] {"birth", "residence", "health-insurance"}) {
      files.put(
          "interlinked-birth-" + part + ".form", read("forms/interlinked-birth-" + part + ".form"));
    }
    return files;
  }

  @Test
  void aResultTemplateLeftOut_isRefused() throws IOException {
    Map<String, String> files = soundProcedure();
    files.remove(PROCESS + ".result.html");
    assertThat(refused(files))
        .contains(
            PROCESS
                + ".procedure.json: its result template '"
                + PROCESS
                + ".result.html' is not in the deployment");
  }

  @Test
  void aResultTemplateThatDoesNotParse_isRefused() throws IOException {
    Map<String, String> files = soundProcedure();
    files.put(
        PROCESS + ".result.html",
        "<html><body><p>{{form.childFullName}}<p>{{ runtime.exec('rm') }}</body>");
    String message = refused(files);
    assertThat(message)
        .contains(PROCESS + ".procedure.json: its result template '" + PROCESS + ".result.html'")
        .contains("is not a placeholder")
        .contains("not well-formed XHTML");
  }

  @Test
  void aShareOfTheTimeLimitForAStageNoTaskDeclares_isRefused() throws IOException {
    Map<String, String> files = soundProcedure();
    files.put(
        PROCESS + ".procedure.json",
        files
            .get(PROCESS + ".procedure.json")
            .replace(
                "{ \"stage\": \"assess\", \"percent\": 70 }",
                "{ \"stage\": \"asess\", \"percent\": 70 }"));
    assertThat(refused(files))
        .contains(
            PROCESS
                + ".procedure.json: timeLimit.stages gives a share to the stage 'asess', which no"
                + " user task of the deployment declares");
  }

  @Test
  void aVerificationInAProcedureWithoutALimitForIt_isRefused() throws IOException {
    assertThat(
            refusedWithGroupDescriptor(d -> d.replace("\"workingDaysWithVerification\": 5,", "")))
        .contains(
            "user task userTask_residence: a decision leads to VERIFICATION but the procedure's"
                + " descriptor has no timeLimit.workingDaysWithVerification");
  }

  @Test
  void aGroupWhosePartsTasksDoNotMatchItsParts_isRefused() throws IOException {
    Map<String, String> files = soundGroup();
    files.put(
        GROUP + ".bpmn",
        files
            .get(GROUP + ".bpmn")
            .replace("${residenceAgency}-specialist", "${resolvingAgency}-specialist")
            .replace("name=\"part\" value=\"healthInsurance\"", "name=\"part\" value=\"card\"")
            .replace(
                "value=\"birthRegistrationNumber, childPersonalId\"",
                "value=\"birthRegistrationNumber, childPersonalId, birthExtractNumber\""));
    String message = refused(files);
    assertThat(message)
        .contains(
            "user task userTask_residence: the part 'residence' is worked by its own agency:"
                + " candidate group ${residenceAgency}-<role>")
        .contains("the group's part 'healthInsurance' has no user task")
        .contains("part 'card' is not one of the group's parts")
        .contains(
            "user task userTask_birth: its result field 'birthExtractNumber' is neither in its"
                + " form nor produced by another part");
  }

  @Test
  void aGroupWhosePartProcedureIsNotDeployed_isRefused() throws IOException {
    assertThat(refusedWithGroupDescriptor(d -> d.replace("\"1.004222\"", "\"9.999999\"")))
        .contains(
            "the part residence names the procedure 9.999999, which is not deployed (deploy it"
                + " first, or in the same deployment)");
  }
}
