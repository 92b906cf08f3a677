package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.when;
import static vn.motcua.workflow.ProcessElements.END_EVENT_DIFFERENCES_RESOLVED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_RECONCILED;
import static vn.motcua.workflow.ProcessElements.PAYMENT_RECONCILIATION;
import static vn.motcua.workflow.ProcessElements.PAYMENT_RECONCILIATION_INCIDENT;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_RECONCILE_PAYMENTS;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RESOLVE_DIFFERENCES;
import static vn.motcua.workflow.ProcessVariables.RECONCILIATION_DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.payment.Reconciliation;

/**
 * The daily reconciliation: a matching day ends quietly; differences become an analyst's task and
 * an incident.
 */
@Deployment(
    resources = {
      "processes/payment-reconciliation.bpmn",
      "forms/payment-reconciliation-differences.form"
    })
class PaymentReconciliationProcessTest extends ProcessTestSupport {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = fullCoverage();

  static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  ProcessInstance reconcile() {
    ProcessInstance instance =
        runtimeService()
            .startProcessInstanceByKey(
                PAYMENT_RECONCILIATION, Map.of(RECONCILIATION_DAY, DAY.toString()));
    assertThat(instance).isWaitingAt(SERVICE_TASK_RECONCILE_PAYMENTS);
    execute(job());
    return instance;
  }

  @Test
  void theTimerStartsItDaily() {
    Assertions.assertThat(
            managementService()
                .createJobQuery()
                .timers()
                .processDefinitionKey(PAYMENT_RECONCILIATION)
                .count())
        .isEqualTo(1);
    execute(
        managementService()
            .createJobQuery()
            .timers()
            .processDefinitionKey(PAYMENT_RECONCILIATION)
            .singleResult());
    Assertions.assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(PAYMENT_RECONCILIATION)
                .count())
        .isEqualTo(1);
  }

  @Test
  void aMatchingDay_endsQuietly() {
    when(delegates.payments.reconcile(DAY)).thenReturn(new Reconciliation(DAY, List.of()));
    assertThat(reconcile()).isEnded().hasPassed(END_EVENT_RECONCILED);
  }

  @Test
  void differences_becomeAnAnalystsTask_andAnIncidentUntilResolved() {
    when(delegates.payments.reconcile(DAY))
        .thenReturn(new Reconciliation(DAY, List.of("Đơn MC2611250000000001 lệch")));
    ProcessInstance instance = reconcile();
    assertThat(instance).isWaitingAt(USER_TASK_RESOLVE_DIFFERENCES);
    assertThat(task()).hasCandidateGroup("analysts");
    Incident incident =
        runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    Assertions.assertThat(incident.getIncidentType()).isEqualTo(PAYMENT_RECONCILIATION_INCIDENT);
    Assertions.assertThat(incident.getIncidentMessage())
        .contains("MC2611250000000001")
        .contains("2026-11-25");
    complete(task(), withVariables("resolution", "Đã đối chiếu với ngân hàng"));
    assertThat(instance).isEnded().hasPassed(END_EVENT_DIFFERENCES_RESOLVED);
    Assertions.assertThat(runtimeService().createIncidentQuery().count()).isZero();
  }
}
