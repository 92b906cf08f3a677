package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.END_EVENT_APPROVAL_REJECTED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_APPROVAL_RETURNED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_RESULT_APPROVED;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_DOSSIER;
import static vn.motcua.workflow.ProcessVariables.APPROVE_DECISION;
import static vn.motcua.workflow.ProcessVariables.APPROVE_REASON;
import static vn.motcua.workflow.ProcessVariables.DOSSIER_CODE;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.dossier.Stage;

/**
 * The shared approval every procedure calls: approved, rejected or returned to the specialist (the
 * errors its caller catches).
 */
@Deployment(resources = {"processes/approval.bpmn", "forms/approval-approve.form"})
class ApprovalProcessTest extends ProcessTestSupport {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = fullCoverage();

  static final String CODE = "000.40.11.H40-261207-0002";

  ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            APPROVAL, CODE, Map.of(DOSSIER_CODE, CODE, "approvingAgency", "lamthanh"));
  }

  void approve(ProcessInstance approval, String decision, String reason) {
    assertThat(approval).isWaitingAt(USER_TASK_APPROVE_DOSSIER);
    assertThat(task(approval)).hasCandidateGroup("lamthanh-leader");
    complete(task(approval), withVariables(APPROVE_DECISION, decision, APPROVE_REASON, reason));
  }

  @Test
  void approved_endsApproval() {
    ProcessInstance approval = start();
    approve(approval, "approve", null);
    assertThat(approval).isEnded().hasPassed(END_EVENT_RESULT_APPROVED);
    verify(delegates.decisions)
        .decide(eq(CODE), argThat(s -> s.key().equals("approve")), eq("approve"), any(), any());
  }

  @Test
  void rejected_throwsTheRejection() {
    ProcessInstance approval = start();
    approve(approval, "reject", "Thông tin chưa chính xác");
    assertThat(approval).isEnded().hasPassed(END_EVENT_APPROVAL_REJECTED);
  }

  @Test
  void returned_throwsTheReturn_withTheReason() {
    ProcessInstance approval = start();
    approve(approval, "return", "Thiếu ý kiến thẩm định về nơi cư trú");
    assertThat(approval).isEnded().hasPassed(END_EVENT_APPROVAL_RETURNED);
    verify(delegates.decisions)
        .decide(
            eq(CODE),
            argThat((Stage s) -> s.decision("return").map(Stage.Decision::returns).orElse(false)),
            eq("return"),
            eq("Thiếu ý kiến thẩm định về nơi cư trú"),
            any());
  }
}
