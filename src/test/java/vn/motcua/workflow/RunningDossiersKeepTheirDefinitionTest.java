package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.verify;
import static vn.motcua.workflow.ProcessElements.BIRTH_REGISTRATION;
import static vn.motcua.workflow.ProcessElements.CALL_ACTIVITY_RECEPTION;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.END_EVENT_RESULT_DELIVERED;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;
import static vn.motcua.workflow.ProcessVariables.APPROVE_DECISION;
import static vn.motcua.workflow.ProcessVariables.ASSESS_DECISION;
import static vn.motcua.workflow.ProcessVariables.DELIVERY_METHOD;
import static vn.motcua.workflow.ProcessVariables.DOSSIER_CODE;
import static vn.motcua.workflow.ProcessVariables.FEE_AMOUNT;
import static vn.motcua.workflow.ProcessVariables.LEVEL;
import static vn.motcua.workflow.ProcessVariables.PROCEDURE_CODE;
import static vn.motcua.workflow.ProcessVariables.RECEIVE_DECISION;
import static vn.motcua.workflow.ProcessVariables.RECEIVING_UNIT;
import static vn.motcua.workflow.ProcessVariables.RESOLVING_AGENCY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.dossier.Stage;

/**
 * A dossier received under the first birth-registration definition (the whole lifecycle forked into
 * it) finishes on that definition after the shared reception and approval are deployed; a dossier
 * submitted afterwards runs the new one.
 */
class RunningDossiersKeepTheirDefinitionTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml").build();

  private final List<String> deployments = new ArrayList<>();

  private void deploy(String name, String... resources) {
    DeploymentBuilder deployment = repositoryService().createDeployment().name(name);
    for (String resource : resources) {
      deployment.addClasspathResource(resource);
    }
    deployments.add(deployment.deploy().getId());
  }

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> repositoryService().deleteDeployment(id, true));
  }

  private static ProcessInstance submit(String code) {
    return runtimeService()
        .startProcessInstanceByKey(
            BIRTH_REGISTRATION,
            code,
            Map.of(
                DOSSIER_CODE, code,
                PROCEDURE_CODE, "1.001193",
                LEVEL, 4,
                RECEIVING_UNIT, "lamthanh",
                RESOLVING_AGENCY, "lamthanh",
                FEE_AMOUNT, 0L,
                DELIVERY_METHOD, "ELECTRONIC"));
  }

  @Test
  void aDossierOfTheForkedDefinition_finishesOnIt() {
    deploy(
        "version 1",
        "legacy/birth-registration-v1.bpmn",
        "legacy/birth-registration-receive.form",
        "forms/birth-registration-assess.form",
        "legacy/birth-registration-approve.form",
        "processes/delivery.bpmn",
        "forms/delivery-hand-over.form",
        "forms/delivery-returned-parcel.form");
    String code = "000.40.11.H40-261101-0001";
    ProcessInstance old = submit(code);
    complete(task(old), withVariables(RECEIVE_DECISION, "accept"));
    assertThat(old).isWaitingAt(USER_TASK_ASSESS_DOSSIER);

    deploy(
        "shared lifecycle",
        "processes/birth-registration.bpmn",
        "processes/reception.bpmn",
        "processes/approval.bpmn",
        "forms/reception-receive.form",
        "forms/approval-approve.form",
        "forms/birth-registration-assess.form");

    complete(task(old), withVariables(ASSESS_DECISION, "propose"));
    assertThat(old).isWaitingAt(USER_TASK_APPROVE_DOSSIER);
    complete(task(old), withVariables(APPROVE_DECISION, "approve"));
    runJobsOf(DELIVERY);
    assertThat(old)
        .isEnded()
        .hasPassed(USER_TASK_RECEIVE_DOSSIER, USER_TASK_APPROVE_DOSSIER, END_EVENT_RESULT_DELIVERED)
        .hasNotPassed(CALL_ACTIVITY_RECEPTION);
    verify(delegates.decisions)
        .decide(code, Stage.ASSESS.named("Thẩm định hồ sơ"), "propose", null, "he-thong");
    verify(delegates.decisions)
        .decide(code, Stage.APPROVE.named("Phê duyệt kết quả"), "approve", null, "he-thong");

    ProcessInstance later = submit("000.40.11.H40-261207-0009");
    assertThat(later).isWaitingAt(CALL_ACTIVITY_RECEPTION);
  }
}
