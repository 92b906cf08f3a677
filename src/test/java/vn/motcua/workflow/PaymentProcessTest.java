package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static vn.motcua.workflow.ProcessElements.END_EVENT_PAYMENT_COMPLETED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_PAYMENT_EXPIRED;
import static vn.motcua.workflow.ProcessElements.GATEWAY_AWAIT_PAYMENT;
import static vn.motcua.workflow.ProcessElements.GATEWAY_AWAIT_PAYMENT_AFTER_REMINDER;
import static vn.motcua.workflow.ProcessElements.MESSAGE_PAYMENT_CONFIRMED;
import static vn.motcua.workflow.ProcessElements.MESSAGE_PAYMENT_CONFIRMED_AFTER_REMINDER;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.PAYMENT_CONFIRMED;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_CANCEL_PAYMENT;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_CONFIRM_PAYMENT;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_REMIND_PAYMENT;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_REQUEST_PAYMENT;
import static vn.motcua.workflow.ProcessElements.TIMER_FINAL_PAYMENT_DEADLINE;
import static vn.motcua.workflow.ProcessElements.TIMER_PAYMENT_DEADLINE;
import static vn.motcua.workflow.ProcessElements.USER_TASK_COLLECT_COUNTER_PAYMENT;
import static vn.motcua.workflow.ProcessVariables.DOSSIER_CODE;
import static vn.motcua.workflow.ProcessVariables.FEE_AMOUNT;
import static vn.motcua.workflow.ProcessVariables.LEVEL;
import static vn.motcua.workflow.ProcessVariables.RECEIPT_NUMBER;
import static vn.motcua.workflow.ProcessVariables.RECEIVING_UNIT;

import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared payment process: at the counter (level 3), online (level 4), reminded, expired. */
@Deployment(resources = {"processes/payment.bpmn", "forms/payment-collect-at-counter.form"})
class PaymentProcessTest extends ProcessTestSupport {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = fullCoverage();

  static final String CODE = "000.00.04.H40-261126-0007";

  ProcessInstance start(int level) {
    ProcessInstance payment =
        runtimeService()
            .startProcessInstanceByKey(
                PAYMENT,
                CODE,
                Map.of(
                    DOSSIER_CODE,
                    CODE,
                    LEVEL,
                    level,
                    FEE_AMOUNT,
                    200000L,
                    RECEIVING_UNIT,
                    "ttpvhcc-nghean"));
    assertThat(payment).isWaitingAt(SERVICE_TASK_REQUEST_PAYMENT);
    execute(job());
    verify(delegates.payments).open(CODE, 200000L, level);
    return payment;
  }

  @Test
  void level3_paidAtTheCounter_withAReceipt() {
    ProcessInstance payment = start(3);
    assertThat(payment).isWaitingAt(USER_TASK_COLLECT_COUNTER_PAYMENT);
    assertThat(task()).hasCandidateGroup("ttpvhcc-nghean-onestop");
    complete(task(), withVariables(RECEIPT_NUMBER, "BL-2026-0042"));
    execute(job());
    assertThat(payment)
        .isEnded()
        .hasPassed(
            USER_TASK_COLLECT_COUNTER_PAYMENT,
            SERVICE_TASK_CONFIRM_PAYMENT,
            END_EVENT_PAYMENT_COMPLETED);
    verify(delegates.payments).recordCounterPayment(CODE, "BL-2026-0042", "he-thong");
    verify(delegates.payments).recordSettled(CODE);
  }

  @Test
  void level4_paidOnlineBeforeTheDeadline() {
    ProcessInstance payment = start(4);
    execute(job());
    verify(delegates.payments).createOnlineOrder(CODE, null);
    assertThat(payment).isWaitingAt(GATEWAY_AWAIT_PAYMENT);
    paymentConfirmed();
    execute(job());
    assertThat(payment)
        .isEnded()
        .hasPassed(MESSAGE_PAYMENT_CONFIRMED, END_EVENT_PAYMENT_COMPLETED)
        .hasNotPassed(SERVICE_TASK_REMIND_PAYMENT);
    verify(delegates.payments).recordSettled(CODE);
  }

  /**
   * A confirmation that fails (in production: the race with an officer's write) is tried again ten
   * seconds later.
   */
  @Test
  void aFailedConfirmation_isRetriedTenSecondsLater_notFiveMinutes() {
    ProcessInstance payment = start(4);
    execute(job());
    doThrow(new IllegalStateException("the instance changed under us"))
        .doNothing()
        .when(delegates.payments)
        .recordSettled(CODE);
    paymentConfirmed();
    Job confirm = job();
    Instant before = Instant.now();
    Assertions.assertThatThrownBy(() -> execute(confirm));
    Job retried = job();
    Assertions.assertThat(retried.getRetries()).as("more tries left").isPositive();
    Assertions.assertThat(retried.getExceptionMessage()).contains("the instance changed under us");
    Assertions.assertThat(retried.getDuedate().toInstant())
        .isBetween(before.plusSeconds(9), before.plusSeconds(60));
    execute(retried);
    verify(delegates.payments, times(2)).recordSettled(CODE);
    assertThat(payment)
        .isEnded()
        .hasPassed(SERVICE_TASK_CONFIRM_PAYMENT, END_EVENT_PAYMENT_COMPLETED);
  }

  @Test
  void level4_remindedAfterTheFirstDeadline_thenPaid() {
    ProcessInstance payment = start(4);
    execute(job());
    ProcedureProcessScenarios.executeTimer(TIMER_PAYMENT_DEADLINE);
    execute(job());
    verify(delegates.decisions).paymentReminded(CODE);
    assertThat(payment).isWaitingAt(GATEWAY_AWAIT_PAYMENT_AFTER_REMINDER);
    paymentConfirmed();
    execute(job());
    assertThat(payment)
        .isEnded()
        .hasPassed(
            SERVICE_TASK_REMIND_PAYMENT,
            MESSAGE_PAYMENT_CONFIRMED_AFTER_REMINDER,
            END_EVENT_PAYMENT_COMPLETED);
  }

  @Test
  void level4_neverPaid_endsWithThePaymentExpiredError() {
    ProcessInstance payment = start(4);
    execute(job());
    ProcedureProcessScenarios.executeTimer(TIMER_PAYMENT_DEADLINE);
    execute(job());
    ProcedureProcessScenarios.executeTimer(TIMER_FINAL_PAYMENT_DEADLINE);
    execute(job());
    assertThat(payment).isEnded().hasPassed(SERVICE_TASK_CANCEL_PAYMENT, END_EVENT_PAYMENT_EXPIRED);
    verify(delegates.payments).expire(CODE);
    verify(delegates.payments, never()).recordSettled(CODE);
  }

  /** The gateway's or the officer's confirmation, as the payment module correlates it. */
  void paymentConfirmed() {
    runtimeService()
        .createMessageCorrelation(PAYMENT_CONFIRMED)
        .processInstanceBusinessKey(CODE)
        .correlate();
  }
}
