package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.verify;
import static vn.motcua.workflow.ProcessElements.END_EVENT_DOSSIER_ACCEPTED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_RECEPTION_REFUSED;
import static vn.motcua.workflow.ProcessElements.MESSAGE_SUPPLEMENT_SUBMITTED;
import static vn.motcua.workflow.ProcessElements.RECEPTION;
import static vn.motcua.workflow.ProcessElements.SUPPLEMENT_SUBMITTED;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;
import static vn.motcua.workflow.ProcessVariables.DOSSIER_CODE;
import static vn.motcua.workflow.ProcessVariables.RECEIVE_DECISION;
import static vn.motcua.workflow.ProcessVariables.RECEIVE_REASON;
import static vn.motcua.workflow.ProcessVariables.RECEIVING_UNIT;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.dossier.Stage;

/**
 * The shared reception every procedure calls: accepted, refused (the error its caller catches), and
 * the supplement loop. The stage's decisions come from the task's properties.
 */
@Deployment(resources = {"processes/reception.bpmn", "forms/reception-receive.form"})
class ReceptionProcessTest extends ProcessTestSupport {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = fullCoverage();

  static final String CODE = "000.40.11.H40-261207-0001";
  static final Stage RECEIVE = Stage.RECEIVE.named("Tiếp nhận hồ sơ");

  ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            RECEPTION, CODE, Map.of(DOSSIER_CODE, CODE, RECEIVING_UNIT, "lamthanh"));
  }

  void receive(ProcessInstance reception, String decision, String reason) {
    assertThat(reception).isWaitingAt(USER_TASK_RECEIVE_DOSSIER);
    assertThat(task(reception)).hasCandidateGroup("lamthanh-onestop");
    complete(task(reception), withVariables(RECEIVE_DECISION, decision, RECEIVE_REASON, reason));
  }

  @Test
  void accepted_endsReception() {
    ProcessInstance reception = start();
    receive(reception, "accept", null);
    assertThat(reception).isEnded().hasPassed(END_EVENT_DOSSIER_ACCEPTED);
    verify(delegates.decisions).decide(CODE, RECEIVE, "accept", null, "he-thong");
  }

  @Test
  void supplementRequested_waitsForTheCitizen_thenReceivesAgain() {
    ProcessInstance reception = start();
    receive(reception, "supplement", "Thiếu giấy chứng sinh");
    assertThat(reception).isWaitingAt(MESSAGE_SUPPLEMENT_SUBMITTED);
    runtimeService()
        .createMessageCorrelation(SUPPLEMENT_SUBMITTED)
        .processInstanceBusinessKey(CODE)
        .correlate();
    receive(reception, "accept", null);
    assertThat(reception).isEnded().hasPassed(END_EVENT_DOSSIER_ACCEPTED);
    verify(delegates.decisions)
        .decide(CODE, RECEIVE, "supplement", "Thiếu giấy chứng sinh", "he-thong");
  }

  @Test
  void refused_throwsTheRefusal() {
    ProcessInstance reception = start();
    receive(reception, "refuse", "Không thuộc thẩm quyền");
    assertThat(reception).isEnded().hasPassed(END_EVENT_RECEPTION_REFUSED);
  }
}
