package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static vn.motcua.workflow.ProcessElements.BOUNDARY_EVENT_DOSSIER_REFUSED;
import static vn.motcua.workflow.ProcessElements.CALL_ACTIVITY_DELIVERY;
import static vn.motcua.workflow.ProcessElements.CALL_ACTIVITY_RECEPTION;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.END_EVENT_DOSSIER_REFUSED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_DOSSIER_WITHDRAWN;
import static vn.motcua.workflow.ProcessElements.END_EVENT_GROUP_STOPPED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_RESULT_DELIVERED;
import static vn.motcua.workflow.ProcessElements.RECEPTION;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.WITHDRAWAL_REQUESTED;
import static vn.motcua.workflow.ProcessVariables.DELIVERY_METHOD;
import static vn.motcua.workflow.ProcessVariables.DOSSIER_CODE;
import static vn.motcua.workflow.ProcessVariables.RECEIVE_DECISION;
import static vn.motcua.workflow.ProcessVariables.RECEIVE_REASON;
import static vn.motcua.workflow.ProcessVariables.RECEIVING_UNIT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.PartStatus;

/**
 * Every path of an interlinked group's process (docs/interlinked.md): the shared reception, then
 * each part at its own agency's specialists, then the electronic delivery; a part refused cancels
 * the later ones (the first refused ends the group, a later one hands over the parts done); the
 * withdrawal. The module services behind the delegates are mocks.
 */
abstract class GroupProcessScenarios extends ProcessTestSupport {

  static final String CODE = "000.40.11.H40-261207-0001";

  /** A part as the process test drives it: its key, the agency working it, a result it produces. */
  record Part(String key, String agency, Map<String, Object> result) {

    String task() {
      return "userTask_" + key;
    }
  }

  private final String processKey;
  private final String receivingUnit;
  final List<Part> parts;

  GroupProcessScenarios(String processKey, String receivingUnit, List<Part> parts) {
    this.processKey = processKey;
    this.receivingUnit = receivingUnit;
    this.parts = parts;
  }

  private String lifecycle;

  @BeforeEach
  void deployLifecycle() {
    DeploymentBuilder deployment = repositoryService().createDeployment().name("lifecycle");
    List.of(
            "processes/reception.bpmn",
            "processes/delivery.bpmn",
            "forms/reception-receive.form",
            "forms/delivery-hand-over.form",
            "forms/delivery-returned-parcel.form")
        .forEach(deployment::addClasspathResource);
    lifecycle = deployment.deploy().getId();
  }

  @AfterEach
  void undeployLifecycle() {
    repositoryService().deleteDeployment(lifecycle, true);
  }

  ProcessInstance submit() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DOSSIER_CODE, CODE);
    variables.put(RECEIVING_UNIT, receivingUnit);
    variables.put(DELIVERY_METHOD, "ELECTRONIC");
    parts.forEach(p -> variables.put(p.key() + "Agency", p.agency()));
    return runtimeService().startProcessInstanceByKey(processKey, CODE, variables);
  }

  void receive(ProcessInstance dossier, String decision, String reason) {
    assertThat(dossier)
        .isWaitingAt(CALL_ACTIVITY_RECEPTION)
        .calledProcessInstance(RECEPTION)
        .isWaitingAt(USER_TASK_RECEIVE_DOSSIER);
    Task task =
        taskQuery()
            .processInstanceBusinessKey(CODE)
            .taskDefinitionKey(USER_TASK_RECEIVE_DOSSIER)
            .singleResult();
    assertThat(task).hasCandidateGroup(receivingUnit + "-onestop");
    Map<String, Object> values = new HashMap<>();
    values.put(RECEIVE_DECISION, decision);
    values.put(RECEIVE_REASON, reason);
    complete(task, values);
  }

  /** The part's task is offered to its own agency's specialists, due by the part's date. */
  void decide(ProcessInstance dossier, Part part, String decision, String reason) {
    assertThat(dossier).isWaitingAt(part.task());
    Task task = task(dossier);
    assertThat(task).hasCandidateGroup(part.agency() + "-specialist");
    Assertions.assertThat(task.getDueDate()).as("the part's due date").isNotNull();
    Map<String, Object> values = new HashMap<>(part.result());
    values.put(part.key() + "Decision", decision);
    values.put(part.key() + "Reason", reason);
    complete(task, values);
  }

  void deliverElectronically() {
    runJobsOf(DELIVERY);
  }

  @Test
  void everyPartDone_resultDeliveredElectronically() {
    ProcessInstance dossier = submit();
    receive(dossier, "accept", null);
    for (Part part : parts) {
      decide(dossier, part, "done", null);
    }
    assertThat(dossier).isWaitingAt(CALL_ACTIVITY_DELIVERY);
    deliverElectronically();
    assertThat(dossier).isEnded().hasPassed(END_EVENT_RESULT_DELIVERED);
    for (Part part : parts) {
      verify(delegates.decisions)
          .decidePart(
              eq(CODE),
              argThat(
                  s ->
                      s.part().equals(part.key())
                          && s.outcome("done").orElseThrow() == PartStatus.DONE
                          && s.outcome("refuse").orElseThrow() == PartStatus.REFUSED
                          && s.result().containsAll(part.result().keySet())),
              eq("done"),
              any(),
              argThat(v -> v.entrySet().containsAll(part.result().entrySet())),
              eq("he-thong"));
    }
    verify(delegates.deliveries).recordDelivered(CODE);
  }

  @Test
  void firstPartRefused_groupStopsWithoutTheOthers() {
    ProcessInstance dossier = submit();
    receive(dossier, "accept", null);
    decide(dossier, parts.get(0), "refuse", "Giấy chứng sinh không hợp lệ");
    assertThat(dossier)
        .isEnded()
        .hasPassed(END_EVENT_GROUP_STOPPED)
        .hasNotPassed(parts.get(1).task(), CALL_ACTIVITY_DELIVERY);
    verify(delegates.decisions)
        .decidePart(
            eq(CODE),
            argThat(s -> s.part().equals(parts.get(0).key())),
            eq("refuse"),
            eq("Giấy chứng sinh không hợp lệ"),
            anyMap(),
            any());
  }

  @Test
  void secondPartRefused_theThirdIsNotWorked_thePartDoneIsDelivered() {
    ProcessInstance dossier = submit();
    receive(dossier, "accept", null);
    decide(dossier, parts.get(0), "done", null);
    decide(dossier, parts.get(1), "refuse", "Chỗ ở không hợp pháp");
    assertThat(dossier).isWaitingAt(CALL_ACTIVITY_DELIVERY).hasNotPassed(parts.get(2).task());
    deliverElectronically();
    assertThat(dossier).isEnded().hasPassed(END_EVENT_RESULT_DELIVERED);
    verify(delegates.decisions, never())
        .decidePart(
            any(), argThat(s -> s.part().equals(parts.get(2).key())), any(), any(), any(), any());
  }

  @Test
  void lastPartRefused_thePartsDoneAreDelivered() {
    ProcessInstance dossier = submit();
    receive(dossier, "accept", null);
    decide(dossier, parts.get(0), "done", null);
    decide(dossier, parts.get(1), "done", null);
    decide(dossier, parts.get(2), "refuse", "Không thuộc diện hưởng");
    deliverElectronically();
    assertThat(dossier).isEnded().hasPassed(END_EVENT_RESULT_DELIVERED);
  }

  @Test
  void refusedAtReception_noPartIsWorked() {
    ProcessInstance dossier = submit();
    receive(dossier, "refuse", "Hồ sơ không thuộc thẩm quyền");
    assertThat(dossier)
        .isEnded()
        .hasPassed(BOUNDARY_EVENT_DOSSIER_REFUSED, END_EVENT_DOSSIER_REFUSED)
        .hasNotPassed(parts.get(0).task());
  }

  @Test
  void withdrawnWhileTheSecondPartIsWorked() {
    ProcessInstance dossier = submit();
    receive(dossier, "accept", null);
    decide(dossier, parts.get(0), "done", null);
    runtimeService()
        .createMessageCorrelation(WITHDRAWAL_REQUESTED)
        .processInstanceBusinessKey(CODE)
        .correlate();
    assertThat(dossier)
        .isEnded()
        .hasPassed(END_EVENT_DOSSIER_WITHDRAWN)
        .hasNotPassed(parts.get(2).task());
  }
}
