package vn.motcua.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PartStatus;
import vn.motcua.dossier.Stage;

/** A decision task's stage, read from the properties an analyst writes in the modeler. */
class StagePropertiesTest {

  static UserTask task(Map<String, String> properties) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("p")
            .startEvent()
            .userTask("userTask_verify")
            .name("Xác minh")
            .endEvent()
            .done();
    UserTask task = model.getModelElementById("userTask_verify");
    ExtensionElements extensions = model.newInstance(ExtensionElements.class);
    task.setExtensionElements(extensions);
    CamundaProperties list = extensions.addExtensionElement(CamundaProperties.class);
    properties.forEach(
        (name, value) -> {
          CamundaProperty property = model.newInstance(CamundaProperty.class);
          property.setCamundaName(name);
          property.setCamundaValue(value);
          list.getCamundaProperties().add(property);
        });
    return task;
  }

  static Map<String, String> props(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void aStageWithItsOwnDecisions_inTheOrderWritten() {
    var reading =
        StageProperties.read(
            task(
                props(
                    "stage", "verifyResidence",
                    "decision.confirmed", "UNCHANGED",
                    "decision.notConfirmed", "STOPPED",
                    "reasonRequired", "notConfirmed")));
    assertThat(reading.problems()).isEmpty();
    Stage stage = reading.stage();
    assertThat(stage.key()).isEqualTo("verifyResidence");
    assertThat(stage.name()).isEqualTo("Xác minh");
    assertThat(stage.decisionVariable()).isEqualTo("verifyResidenceDecision");
    assertThat(stage.decisions())
        .containsExactly(
            Stage.Decision.staying("confirmed", false),
            Stage.Decision.to("notConfirmed", DossierStatus.STOPPED, true));
  }

  @Test
  void aReturnAndATransfer_moveTheDossier_andAlwaysNeedTheirReason() {
    var reading =
        StageProperties.read(
            task(
                props(
                    "stage", "approve",
                    "decision.approve", "RESULT_READY",
                    "decision.return", "RETURN",
                    "decision.transfer", "TRANSFER")));
    assertThat(reading.problems()).isEmpty();
    Stage stage = reading.stage();
    Stage.Decision back = stage.decision("return").orElseThrow();
    assertThat(back.returns()).isTrue();
    assertThat(back.transfers()).isFalse();
    assertThat(back.leadsTo()).isEmpty();
    assertThat(back.reasonRequired()).as("the officer it goes back to reads why").isTrue();
    Stage.Decision away = stage.decision("transfer").orElseThrow();
    assertThat(away.transfers()).isTrue();
    assertThat(away.reasonRequired()).isTrue();
    assertThat(stage.transferVariable()).isEqualTo("approveTransferTo");
    assertThat(stage.transferChoicesVariable()).isEqualTo("approveTransferChoices");
    assertThat(stage.decision("approve").orElseThrow().returns()).isFalse();
  }

  @Test
  void aVerification_keepsTheStatus_andAlwaysNeedsItsReason() {
    var reading =
        StageProperties.read(
            task(
                props(
                    "stage", "assess",
                    "decision.propose", "IN_APPROVAL",
                    "decision.verify", "VERIFICATION")));
    assertThat(reading.problems()).isEmpty();
    Stage.Decision verify = reading.stage().decision("verify").orElseThrow();
    assertThat(verify.verifies()).isTrue();
    assertThat(verify.leadsTo()).isEmpty();
    assertThat(verify.reasonRequired()).as("what is verified is told to the applicant").isTrue();
    assertThat(reading.stage().decision("propose").orElseThrow().verifies()).isFalse();

    var part =
        StageProperties.read(
            task(
                props(
                    "stage", "residence",
                    "part", "residence",
                    "decision.done", "DONE",
                    "decision.verify", "VERIFICATION")));
    assertThat(part.problems()).isEmpty();
    assertThat(part.part().outcome("verify")).as("the part stays in progress").isEmpty();
    assertThat(part.stage().decision("verify").orElseThrow().verifies()).isTrue();
  }

  @Test
  void aStandardStageByItsKeyAlone_getsTheStandardDecisions() {
    var reading = StageProperties.read(task(props("stage", "receive")));
    assertThat(reading.stage()).isEqualTo(Stage.RECEIVE.named("Xác minh"));
  }

  @Test
  void whatIsWrongIsSaidOfEachProperty() {
    assertThat(StageProperties.read(task(props("stage", "Verify-2"))).problems())
        .singleElement()
        .asString()
        .contains("lower camel case");
    assertThat(StageProperties.read(task(props("stage", "verify"))).problems())
        .singleElement()
        .asString()
        .contains("declares no decisions");
    assertThat(
            StageProperties.read(
                    task(
                        props(
                            "stage", "verify",
                            "decision.ok", "PAID",
                            "decision.no", "DELIVERED",
                            "reasonRequired", "no, maybe")))
                .problems())
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).contains("'ok' leads to 'PAID'"))
        .anySatisfy(p -> assertThat(p).contains("'no' leads to 'DELIVERED'"))
        .anySatisfy(p -> assertThat(p).contains("names 'maybe', which is not a decision"));
  }

  @Test
  void aPartOfAGroup_decidesThePart_withTheFieldsItProduces() {
    var reading =
        StageProperties.read(
            task(
                props(
                    "stage", "birth",
                    "part", "birth",
                    "decision.done", "DONE",
                    "decision.refuse", "REFUSED",
                    "reasonRequired", "refuse",
                    "result", "birthRegistrationNumber, childPersonalId")));
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.isPart()).isTrue();
    assertThat(reading.part().part()).isEqualTo("birth");
    assertThat(reading.part().outcome("done")).contains(PartStatus.DONE);
    assertThat(reading.part().outcome("refuse")).contains(PartStatus.REFUSED);
    assertThat(reading.part().result())
        .containsExactly("birthRegistrationNumber", "childPersonalId");
    assertThat(reading.stage().decision("refuse").orElseThrow().reasonRequired()).isTrue();
    assertThat(reading.stage().decision("done").orElseThrow().leadsTo())
        .as("the part moves, not the dossier")
        .isEmpty();
  }

  @Test
  void aPartsDecisions_leadToDoneOrRefused_andARefusalNeedsItsReason() {
    assertThat(
            StageProperties.read(
                    task(
                        props(
                            "stage", "birth",
                            "part", "birth",
                            "decision.done", "RESULT_READY",
                            "decision.refuse", "REFUSED")))
                .problems())
        .anySatisfy(
            p -> assertThat(p).contains("'RESULT_READY', which is not one of [DONE, REFUSED]"))
        .anySatisfy(p -> assertThat(p).contains("a part's task needs a decision leading to DONE"))
        .anySatisfy(p -> assertThat(p).contains("refuses the part: name it in 'reasonRequired'"));
    assertThat(
            StageProperties.read(
                    task(
                        props("stage", "assess", "decision.propose", "IN_APPROVAL", "result", "x")))
                .problems())
        .anySatisfy(p -> assertThat(p).contains("'result' is for a part of an interlinked group"));
  }
}
