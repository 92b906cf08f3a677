package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.delivery.DeliveryView;
import vn.motcua.dossier.Stage;
import vn.motcua.payment.PaymentView;

/**
 * Every path of a procedure process (both procedures share the shape: receive → assess → approve →
 * pay → deliver). The shared payment and delivery processes run for real and are covered by their
 * own tests; the module services behind the delegates are mocks.
 */
abstract class ProcedureProcessScenarios extends ProcessTestSupport {

  static final String CODE = "000.40.11.H40-261126-0001";

  abstract String processKey();

  abstract String receivingUnit();

  abstract String resolvingAgency();

  @BeforeEach
  void paidAndDelivered() {
    when(delegates.payments.find(CODE))
        .thenReturn(
            Optional.of(
                new PaymentView(
                    CODE,
                    8000,
                    "ONLINE",
                    "PAID",
                    "ORDER1",
                    "/sandbox/payment/ORDER1",
                    null,
                    "TXN1",
                    Instant.now(),
                    Instant.now())));
    when(delegates.deliveries.find(CODE))
        .thenReturn(
            Optional.of(
                new DeliveryView(CODE, "ELECTRONIC", null, null, null, null, Instant.now(), null)));
  }

  ProcessInstance submit(int level, long fee, String delivery) {
    return runtimeService()
        .startProcessInstanceByKey(
            processKey(),
            CODE,
            Map.of(
                "dossierCode",
                CODE,
                "procedureCode",
                "x",
                "level",
                level,
                "receivingUnit",
                receivingUnit(),
                "resolvingAgency",
                resolvingAgency(),
                "feeAmount",
                fee,
                "deliveryMethod",
                delivery));
  }

  void receive(ProcessInstance dossier, String decision, String reason) {
    assertThat(dossier).isWaitingAt("userTask_receiveDossier");
    assertThat(task(dossier)).hasCandidateGroup(receivingUnit() + "-onestop");
    org.assertj.core.api.Assertions.assertThat(task(dossier).getDueDate())
        .as("the stage's deadline")
        .isNotNull();
    complete(task(dossier), withVariables("receiveDecision", decision, "receiveReason", reason));
  }

  void assess(ProcessInstance dossier, String decision, String reason) {
    assertThat(dossier).isWaitingAt("userTask_assessDossier");
    assertThat(task(dossier)).hasCandidateGroup(resolvingAgency() + "-specialist");
    complete(task(dossier), withVariables("assessDecision", decision, "assessReason", reason));
  }

  void approve(ProcessInstance dossier, String decision, String reason) {
    assertThat(dossier).isWaitingAt("userTask_approveDossier");
    assertThat(task(dossier)).hasCandidateGroup(resolvingAgency() + "-leader");
    complete(task(dossier), withVariables("approveDecision", decision, "approveReason", reason));
  }

  /**
   * Runs the async steps and due timers of a called process until it waits for a person or a
   * message.
   */
  void runJobsOf(String calledProcessKey) {
    for (int i = 0; i < 20; i++) {
      Job job =
          managementService()
              .createJobQuery()
              .processDefinitionKey(calledProcessKey)
              .executable()
              .singleResult();
      if (job == null) {
        return;
      }
      execute(job);
    }
  }

  void payOnline() {
    runJobsOf("payment");
    runtimeService()
        .createMessageCorrelation("PaymentConfirmed")
        .processInstanceBusinessKey(CODE)
        .correlate();
    runJobsOf("payment");
  }

  void deliverElectronically() {
    runJobsOf("delivery");
  }

  @Test
  void level4_accepted_approved_paidOnline_deliveredElectronically() {
    ProcessInstance dossier = submit(4, 8000, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "approve", null);
    assertThat(dossier).isWaitingAt("callActivity_payment");
    payOnline();
    assertThat(dossier).isWaitingAt("callActivity_delivery");
    deliverElectronically();
    assertThat(dossier)
        .hasPassed("callActivity_payment", "callActivity_delivery")
        .isEnded()
        .hasPassed("endEvent_resultDelivered");
    verify(delegates.decisions).decide(CODE, Stage.RECEIVE, "accept", null, "he-thong");
    verify(delegates.decisions).paymentRequested(CODE, 8000);
    verify(delegates.decisions).paymentSettled(eq(CODE), anyString(), anyString());
    verify(delegates.decisions).resultDelivered(eq(CODE), anyString(), anyString());
  }

  @Test
  void level3_paidAtCounter_handedOverAtCounter() {
    when(delegates.payments.find(CODE))
        .thenReturn(
            Optional.of(
                new PaymentView(
                    CODE,
                    8000,
                    "COUNTER",
                    "PAID",
                    null,
                    null,
                    "BL-0001",
                    null,
                    Instant.now(),
                    Instant.now())));
    when(delegates.deliveries.find(CODE))
        .thenReturn(
            Optional.of(
                new DeliveryView(
                    CODE, "COUNTER", null, null, "Nguyễn Văn An", "mc", Instant.now(), null)));
    ProcessInstance dossier = submit(3, 8000, "COUNTER");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "approve", null);
    runJobsOf("payment");
    complete(
        taskQuery().taskDefinitionKey("userTask_collectCounterPayment").singleResult(),
        withVariables("receiptNumber", "BL-0001"));
    runJobsOf("payment");
    complete(
        taskQuery().taskDefinitionKey("userTask_handOverResult").singleResult(),
        withVariables("resultHandedOver", true, "recipientName", "Nguyễn Văn An"));
    runJobsOf("delivery");
    assertThat(dossier)
        .isEnded()
        .hasPassed("callActivity_payment", "callActivity_delivery", "endEvent_resultDelivered");
    verify(delegates.payments).recordCounterPayment(CODE, "BL-0001", "he-thong");
    verify(delegates.deliveries).recordHandOver(CODE, "Nguyễn Văn An", "he-thong");
  }

  @Test
  void freeProcedure_skipsPayment() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "approve", null);
    assertThat(dossier).isWaitingAt("callActivity_delivery");
    deliverElectronically();
    assertThat(dossier)
        .isEnded()
        .hasPassed("gateway_feeDue", "callActivity_delivery")
        .hasNotPassed("callActivity_payment");
  }

  @Test
  void supplementRequested_citizenSupplements_receivedAgain() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "supplement", "Thiếu giấy chứng sinh bản rõ nét");
    assertThat(dossier).isWaitingAt("message_supplementSubmitted");
    runtimeService()
        .createMessageCorrelation("SupplementSubmitted")
        .processInstanceBusinessKey(CODE)
        .correlate();
    receive(dossier, "accept", null);
    assertThat(dossier)
        .isWaitingAt("userTask_assessDossier")
        .hasPassed("message_supplementSubmitted");
    verify(delegates.decisions)
        .decide(CODE, Stage.RECEIVE, "supplement", "Thiếu giấy chứng sinh bản rõ nét", "he-thong");
  }

  @Test
  void refusedAtReception_endsWithTheRefusal() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "refuse", "Không thuộc thẩm quyền");
    assertThat(dossier).isEnded().hasPassed("endEvent_dossierRefused");
  }

  @Test
  void stoppedAsIneligible_atAssessment() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "stop", "Không đủ điều kiện");
    assertThat(dossier).isEnded().hasPassed("endEvent_dossierStopped");
  }

  @Test
  void rejectedByTheLeader() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "reject", "Thông tin chưa chính xác");
    assertThat(dossier).isEnded().hasPassed("endEvent_dossierRejected");
  }

  @Test
  void feeNeverPaid_dossierStoppedAfterTheSecondDeadline() {
    ProcessInstance dossier = submit(4, 200000, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "approve", null);
    runJobsOf("payment");
    executeTimer("timer_paymentDeadline");
    runJobsOf("payment");
    executeTimer("timer_finalPaymentDeadline");
    runJobsOf("payment");
    assertThat(dossier)
        .isEnded()
        .hasPassed("boundaryEvent_paymentExpired", "endEvent_dossierStoppedUnpaid");
    verify(delegates.decisions).paymentExpired(CODE);
  }

  @Test
  void withdrawnDuringAssessment() {
    ProcessInstance dossier = submit(4, 0, "ELECTRONIC");
    receive(dossier, "accept", null);
    runtimeService()
        .createMessageCorrelation("WithdrawalRequested")
        .processInstanceBusinessKey(CODE)
        .correlate();
    assertThat(dossier)
        .isEnded()
        .hasPassed("endEvent_dossierWithdrawn")
        .hasNotPassed("userTask_approveDossier");
  }

  @Test
  void withdrawnWhilePaymentIsOpen_endsTheCalledPaymentToo() {
    ProcessInstance dossier = submit(4, 8000, "ELECTRONIC");
    receive(dossier, "accept", null);
    assess(dossier, "propose", null);
    approve(dossier, "approve", null);
    runJobsOf("payment");
    runtimeService()
        .createMessageCorrelation("WithdrawalRequested")
        .processInstanceBusinessKey(CODE)
        .correlate();
    assertThat(dossier).isEnded().hasPassed("endEvent_dossierWithdrawn");
    org.assertj.core.api.Assertions.assertThat(
            runtimeService().createProcessInstanceQuery().processDefinitionKey("payment").count())
        .isZero();
  }

  static void executeTimer(String activityId) {
    Job timer = managementService().createJobQuery().activityId(activityId).timers().singleResult();
    org.assertj.core.api.Assertions.assertThat(timer).as("timer " + activityId).isNotNull();
    execute(timer);
  }
}
