package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.BOUNDARY_EVENT_DOSSIER_REFUSED;
import static vn.motcua.workflow.ProcessElements.BOUNDARY_EVENT_DOSSIER_REJECTED;
import static vn.motcua.workflow.ProcessElements.BOUNDARY_EVENT_DOSSIER_RETURNED;
import static vn.motcua.workflow.ProcessElements.BOUNDARY_EVENT_PAYMENT_EXPIRED;
import static vn.motcua.workflow.ProcessElements.CALL_ACTIVITY_APPROVAL;
import static vn.motcua.workflow.ProcessElements.CALL_ACTIVITY_DELIVERY;
import static vn.motcua.workflow.ProcessElements.CALL_ACTIVITY_PAYMENT;
import static vn.motcua.workflow.ProcessElements.CALL_ACTIVITY_RECEPTION;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.END_EVENT_DOSSIER_REFUSED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_DOSSIER_REJECTED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_DOSSIER_STOPPED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_DOSSIER_STOPPED_UNPAID;
import static vn.motcua.workflow.ProcessElements.END_EVENT_DOSSIER_WITHDRAWN;
import static vn.motcua.workflow.ProcessElements.END_EVENT_RESULT_DELIVERED;
import static vn.motcua.workflow.ProcessElements.GATEWAY_FEE_DUE;
import static vn.motcua.workflow.ProcessElements.GATEWAY_TO_ASSESSMENT;
import static vn.motcua.workflow.ProcessElements.MESSAGE_SUPPLEMENT_SUBMITTED;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.PAYMENT_CONFIRMED;
import static vn.motcua.workflow.ProcessElements.RECEPTION;
import static vn.motcua.workflow.ProcessElements.SUPPLEMENT_SUBMITTED;
import static vn.motcua.workflow.ProcessElements.TIMER_FINAL_PAYMENT_DEADLINE;
import static vn.motcua.workflow.ProcessElements.TIMER_PAYMENT_DEADLINE;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_COLLECT_COUNTER_PAYMENT;
import static vn.motcua.workflow.ProcessElements.USER_TASK_HAND_OVER_RESULT;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.WITHDRAWAL_REQUESTED;
import static vn.motcua.workflow.ProcessVariables.APPROVE_DECISION;
import static vn.motcua.workflow.ProcessVariables.APPROVE_REASON;
import static vn.motcua.workflow.ProcessVariables.ASSESS_DECISION;
import static vn.motcua.workflow.ProcessVariables.ASSESS_REASON;
import static vn.motcua.workflow.ProcessVariables.DELIVERY_METHOD;
import static vn.motcua.workflow.ProcessVariables.DOSSIER_CODE;
import static vn.motcua.workflow.ProcessVariables.FEE_AMOUNT;
import static vn.motcua.workflow.ProcessVariables.LEVEL;
import static vn.motcua.workflow.ProcessVariables.PROCEDURE_CODE;
import static vn.motcua.workflow.ProcessVariables.RECEIPT_NUMBER;
import static vn.motcua.workflow.ProcessVariables.RECEIVE_DECISION;
import static vn.motcua.workflow.ProcessVariables.RECEIVE_REASON;
import static vn.motcua.workflow.ProcessVariables.RECEIVING_UNIT;
import static vn.motcua.workflow.ProcessVariables.RECIPIENT_ID_NUMBER;
import static vn.motcua.workflow.ProcessVariables.RECIPIENT_KIND;
import static vn.motcua.workflow.ProcessVariables.RECIPIENT_NAME;
import static vn.motcua.workflow.ProcessVariables.RESOLVING_AGENCY;
import static vn.motcua.workflow.ProcessVariables.RESULT_HANDED_OVER;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.delivery.HandOver;
import vn.motcua.dossier.Stage;

/**
 * Every path of a procedure process: the shared reception, the procedure's assessment, the shared
 * approval, payment and delivery. The shared processes run for real and are covered by their own
 * tests; the module services behind the delegates are mocks.
 */
abstract class ProcedureProcessScenarios extends ProcessTestSupport {

  static final String CODE = "000.40.11.H40-261126-0001";

  /**
   * The procedure's process, the unit that receives its dossiers, the agency that resolves them.
   */
  private final String processKey;

  private final String receivingUnit;

  private final String resolvingAgency;

  ProcedureProcessScenarios(String processKey, String receivingUnit, String resolvingAgency) {
    this.processKey = processKey;
    this.receivingUnit = receivingUnit;
    this.resolvingAgency = resolvingAgency;
  }

  /** The shared processes every procedure calls, with their forms. */
  static final List<String> LIFECYCLE =
      List.of(
          "processes/reception.bpmn",
          "processes/approval.bpmn",
          "processes/payment.bpmn",
          "processes/delivery.bpmn",
          "forms/reception-receive.form",
          "forms/approval-approve.form",
          "forms/payment-collect-at-counter.form",
          "forms/delivery-hand-over.form",
          "forms/delivery-returned-parcel.form");

  private String lifecycle;

  /** Deployed beside the procedure's own files, which the test class names. */
  @BeforeEach
  void deployLifecycle() {
    DeploymentBuilder deployment = repositoryService().createDeployment().name("lifecycle");
    LIFECYCLE.forEach(deployment::addClasspathResource);
    lifecycle = deployment.deploy().getId();
  }

  @AfterEach
  void undeployLifecycle() {
    repositoryService().deleteDeployment(lifecycle, true);
  }

  ProcessInstance submit(int level, long fee, String delivery) {
    return runtimeService()
        .startProcessInstanceByKey(
            processKey,
            CODE,
            Map.of(
                DOSSIER_CODE,
                CODE,
                PROCEDURE_CODE,
                "x",
                LEVEL,
                level,
                RECEIVING_UNIT,
                receivingUnit,
                RESOLVING_AGENCY,
                resolvingAgency,
                FEE_AMOUNT,
                fee,
                DELIVERY_METHOD,
                delivery));
  }

  /** The open task of the dossier at {@code taskKey}, in whichever called process it stands. */
  static Task taskAt(String taskKey) {
    Task task =
        taskQuery().processInstanceBusinessKey(CODE).taskDefinitionKey(taskKey).singleResult();
    Assertions.assertThat(task).as("open task " + taskKey).isNotNull();
    return task;
  }

  void receive(ProcessInstance dossier, String decision, String reason) {
    assertThat(dossier)
        .isWaitingAt(CALL_ACTIVITY_RECEPTION)
        .calledProcessInstance(RECEPTION)
        .isWaitingAt(USER_TASK_RECEIVE_DOSSIER);
    Task task = taskAt(USER_TASK_RECEIVE_DOSSIER);
    assertThat(task).hasCandidateGroup(receivingUnit + "-onestop");
    Assertions.assertThat(task.getDueDate()).as("the stage's deadline").isNotNull();
    complete(task, withVariables(RECEIVE_DECISION, decision, RECEIVE_REASON, reason));
  }

  void assess(ProcessInstance dossier, String decision, String reason) {
    assertThat(dossier).isWaitingAt(USER_TASK_ASSESS_DOSSIER);
    assertThat(task(dossier)).hasCandidateGroup(resolvingAgency + "-specialist");
    complete(task(dossier), withVariables(ASSESS_DECISION, decision, ASSESS_REASON, reason));
  }

  void approve(ProcessInstance dossier, String decision, String reason) {
    assertThat(dossier)
        .isWaitingAt(CALL_ACTIVITY_APPROVAL)
        .calledProcessInstance(APPROVAL)
        .isWaitingAt(USER_TASK_APPROVE_DOSSIER);
    Task task = taskAt(USER_TASK_APPROVE_DOSSIER);
    assertThat(task).hasCandidateGroup(resolvingAgency + "-leader");
    complete(task, withVariables(APPROVE_DECISION, decision, APPROVE_REASON, reason));
  }

  void payOnline() {
    runJobsOf(PAYMENT);
    runtimeService()
        .createMessageCorrelation(PAYMENT_CONFIRMED)
        .processInstanceBusinessKey(CODE)
        .correlate();
    runJobsOf(PAYMENT);
  }

  void deliverElectronically() {
    runJobsOf(DELIVERY);
  }

  @Test
  void level4_accepted_approved_paidOnline_deliveredElectronically() {
    ProcessInstance dossier = submit(4, 8000, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "approve", null);
    assertThat(dossier).isWaitingAt(CALL_ACTIVITY_PAYMENT);
    payOnline();
    assertThat(dossier).isWaitingAt(CALL_ACTIVITY_DELIVERY);
    deliverElectronically();
    assertThat(dossier)
        .hasPassed(CALL_ACTIVITY_PAYMENT, CALL_ACTIVITY_DELIVERY)
        .isEnded()
        .hasPassed(END_EVENT_RESULT_DELIVERED);
    verify(delegates.decisions)
        .decide(CODE, Stage.RECEIVE.named("Tiếp nhận hồ sơ"), "accept", null, "he-thong");
    verify(delegates.decisions)
        .decide(eq(CODE), argThat(s -> s.key().equals("assess")), eq("propose"), any(), any());
    verify(delegates.decisions)
        .decide(eq(CODE), argThat(s -> s.key().equals("approve")), eq("approve"), any(), any());
    verify(delegates.payments).open(eq(CODE), eq(8000L), anyInt());
    verify(delegates.payments).recordSettled(CODE);
    verify(delegates.deliveries).recordDelivered(CODE);
  }

  @Test
  void level3_paidAtCounter_handedOverAtCounter() {
    ProcessInstance dossier = submit(3, 8000, "COUNTER");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "approve", null);
    runJobsOf(PAYMENT);
    complete(
        taskQuery().taskDefinitionKey(USER_TASK_COLLECT_COUNTER_PAYMENT).singleResult(),
        withVariables(RECEIPT_NUMBER, "BL-0001"));
    runJobsOf(PAYMENT);
    complete(
        taskQuery().taskDefinitionKey(USER_TASK_HAND_OVER_RESULT).singleResult(),
        withVariables(
            RESULT_HANDED_OVER,
            true,
            RECIPIENT_KIND,
            "applicant",
            RECIPIENT_NAME,
            "Nguyễn Văn An",
            RECIPIENT_ID_NUMBER,
            "040095001234"));
    runJobsOf(DELIVERY);
    assertThat(dossier)
        .isEnded()
        .hasPassed(CALL_ACTIVITY_PAYMENT, CALL_ACTIVITY_DELIVERY, END_EVENT_RESULT_DELIVERED);
    verify(delegates.payments).recordCounterPayment(CODE, "BL-0001", "he-thong");
    verify(delegates.deliveries)
        .recordHandOver(
            CODE,
            new HandOver("applicant", "Nguyễn Văn An", "040095001234", null, null, false),
            "he-thong");
  }

  @Test
  void freeProcedure_skipsPayment() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "approve", null);
    assertThat(dossier).isWaitingAt(CALL_ACTIVITY_DELIVERY);
    deliverElectronically();
    assertThat(dossier)
        .isEnded()
        .hasPassed(GATEWAY_FEE_DUE, CALL_ACTIVITY_DELIVERY)
        .hasNotPassed(CALL_ACTIVITY_PAYMENT);
  }

  @Test
  void supplementRequested_citizenSupplements_receivedAgain() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "supplement", "Thiếu giấy chứng sinh bản rõ nét");
    assertThat(dossier).calledProcessInstance(RECEPTION).isWaitingAt(MESSAGE_SUPPLEMENT_SUBMITTED);
    runtimeService()
        .createMessageCorrelation(SUPPLEMENT_SUBMITTED)
        .processInstanceBusinessKey(CODE)
        .correlate();
    receive(dossier, "accept", null);
    assertThat(dossier).isWaitingAt(USER_TASK_ASSESS_DOSSIER).hasPassed(CALL_ACTIVITY_RECEPTION);
    verify(delegates.decisions)
        .decide(
            CODE,
            Stage.RECEIVE.named("Tiếp nhận hồ sơ"),
            "supplement",
            "Thiếu giấy chứng sinh bản rõ nét",
            "he-thong");
  }

  @Test
  void refusedAtReception_endsWithTheRefusal() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "refuse", "Không thuộc thẩm quyền");
    assertThat(dossier)
        .isEnded()
        .hasPassed(BOUNDARY_EVENT_DOSSIER_REFUSED, END_EVENT_DOSSIER_REFUSED)
        .hasNotPassed(USER_TASK_ASSESS_DOSSIER);
  }

  @Test
  void stoppedAsIneligible_atAssessment() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "stop", "Không đủ điều kiện");
    assertThat(dossier).isEnded().hasPassed(END_EVENT_DOSSIER_STOPPED);
  }

  @Test
  void rejectedByTheLeader() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "reject", "Thông tin chưa chính xác");
    assertThat(dossier)
        .isEnded()
        .hasPassed(BOUNDARY_EVENT_DOSSIER_REJECTED, END_EVENT_DOSSIER_REJECTED)
        .hasNotPassed(CALL_ACTIVITY_DELIVERY);
  }

  @Test
  void feeNeverPaid_dossierStoppedAfterTheSecondDeadline() {
    ProcessInstance dossier = submit(4, 200000, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "approve", null);
    runJobsOf(PAYMENT);
    executeTimer(TIMER_PAYMENT_DEADLINE);
    runJobsOf(PAYMENT);
    executeTimer(TIMER_FINAL_PAYMENT_DEADLINE);
    runJobsOf(PAYMENT);
    assertThat(dossier)
        .isEnded()
        .hasPassed(BOUNDARY_EVENT_PAYMENT_EXPIRED, END_EVENT_DOSSIER_STOPPED_UNPAID);
    verify(delegates.payments).expire(CODE);
  }

  @Test
  void withdrawnDuringAssessment() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "accept", null);
    runtimeService()
        .createMessageCorrelation(WITHDRAWAL_REQUESTED)
        .processInstanceBusinessKey(CODE)
        .correlate();
    assertThat(dossier)
        .isEnded()
        .hasPassed(END_EVENT_DOSSIER_WITHDRAWN)
        .hasNotPassed(USER_TASK_APPROVE_DOSSIER);
  }

  @Test
  void withdrawnWhilePaymentIsOpen_endsTheCalledPaymentToo() {
    ProcessInstance dossier = submit(4, 8000, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "approve", null);
    runJobsOf(PAYMENT);
    runtimeService()
        .createMessageCorrelation(WITHDRAWAL_REQUESTED)
        .processInstanceBusinessKey(CODE)
        .correlate();
    assertThat(dossier).isEnded().hasPassed(END_EVENT_DOSSIER_WITHDRAWN);
    Assertions.assertThat(
            runtimeService().createProcessInstanceQuery().processDefinitionKey(PAYMENT).count())
        .isZero();
  }

  @Test
  void returnedByTheLeader_assessedAgain_thenApproved() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "return", "Thiếu ý kiến về giấy tờ tùy thân");
    assertThat(dossier)
        .hasPassed(BOUNDARY_EVENT_DOSSIER_RETURNED, GATEWAY_TO_ASSESSMENT)
        .isWaitingAt(USER_TASK_ASSESS_DOSSIER);
    assess(dossier, "propose", "Đã bổ sung ý kiến");
    approve(dossier, "approve", null);
    assertThat(dossier).isWaitingAt(CALL_ACTIVITY_DELIVERY);
    verify(delegates.decisions)
        .decide(
            eq(CODE),
            argThat(s -> s.key().equals("approve")),
            eq("return"),
            eq("Thiếu ý kiến về giấy tờ tùy thân"),
            any());
  }

  @Test
  void transferredToAnotherAgency_assessedAndApprovedThere() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "accept", null);
    assertThat(dossier).isWaitingAt(USER_TASK_ASSESS_DOSSIER);
    complete(
        task(dossier),
        withVariables(
            ASSESS_DECISION,
            "transfer",
            "assessTransferTo",
            "nghean",
            ASSESS_REASON,
            "Thuộc thẩm quyền cấp tỉnh"));
    assertThat(dossier).isWaitingAt(USER_TASK_ASSESS_DOSSIER);
    assertThat(task(dossier)).hasCandidateGroup("nghean-specialist");
    complete(task(dossier), withVariables(ASSESS_DECISION, "propose"));
    assertThat(dossier).calledProcessInstance(APPROVAL).isWaitingAt(USER_TASK_APPROVE_DOSSIER);
    assertThat(taskAt(USER_TASK_APPROVE_DOSSIER)).hasCandidateGroup("nghean-leader");
    verify(delegates.decisions)
        .transfer(
            eq(CODE),
            argThat(s -> s.key().equals("assess")),
            eq("nghean"),
            eq("Thuộc thẩm quyền cấp tỉnh"),
            any());
  }

  static void executeTimer(String activityId) {
    Job timer = managementService().createJobQuery().activityId(activityId).timers().singleResult();
    Assertions.assertThat(timer).as("timer " + activityId).isNotNull();
    execute(timer);
  }
}
