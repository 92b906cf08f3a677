package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.verify;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.END_EVENT_RESULT_DELIVERED;
import static vn.motcua.workflow.ProcessElements.GATEWAY_AWAIT_PARCEL;
import static vn.motcua.workflow.ProcessElements.MESSAGE_PARCEL_DELIVERED;
import static vn.motcua.workflow.ProcessElements.MESSAGE_PARCEL_RETURNED;
import static vn.motcua.workflow.ProcessElements.PARCEL_DELIVERED;
import static vn.motcua.workflow.ProcessElements.PARCEL_RETURNED;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_CREATE_SHIPMENT;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_RECORD_DELIVERY;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_SEND_RESULT_ELECTRONICALLY;
import static vn.motcua.workflow.ProcessElements.USER_TASK_HANDLE_RETURNED_PARCEL;
import static vn.motcua.workflow.ProcessElements.USER_TASK_HAND_OVER_RESULT;
import static vn.motcua.workflow.ProcessVariables.AUTHORISATION_CHECKED;
import static vn.motcua.workflow.ProcessVariables.AUTHORISATION_DATE;
import static vn.motcua.workflow.ProcessVariables.AUTHORISATION_NUMBER;
import static vn.motcua.workflow.ProcessVariables.DELIVERY_METHOD;
import static vn.motcua.workflow.ProcessVariables.DOSSIER_CODE;
import static vn.motcua.workflow.ProcessVariables.RECEIVING_UNIT;
import static vn.motcua.workflow.ProcessVariables.RECIPIENT_ID_NUMBER;
import static vn.motcua.workflow.ProcessVariables.RECIPIENT_KIND;
import static vn.motcua.workflow.ProcessVariables.RECIPIENT_NAME;
import static vn.motcua.workflow.ProcessVariables.RESULT_HANDED_OVER;
import static vn.motcua.workflow.ProcessVariables.RETURN_NOTE;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.delivery.HandOver;

/**
 * The shared delivery process: at the counter, by public post (delivered or returned),
 * electronically.
 */
@Deployment(
    resources = {
      "processes/delivery.bpmn",
      "forms/delivery-hand-over.form",
      "forms/delivery-returned-parcel.form"
    })
class DeliveryProcessTest extends ProcessTestSupport {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = fullCoverage();

  static final String CODE = "000.40.11.H40-261126-0003";

  ProcessInstance start(String method) {
    return runtimeService()
        .startProcessInstanceByKey(
            DELIVERY,
            CODE,
            Map.of(DOSSIER_CODE, CODE, DELIVERY_METHOD, method, RECEIVING_UNIT, "lamthanh"));
  }

  @Test
  void atTheCounter_officerHandsTheResultOver() {
    ProcessInstance delivery = start("COUNTER");
    assertThat(delivery).isWaitingAt(USER_TASK_HAND_OVER_RESULT);
    assertThat(task()).hasCandidateGroup("lamthanh-onestop");
    complete(
        task(),
        withVariables(
            RESULT_HANDED_OVER,
            true,
            RECIPIENT_KIND,
            "representative",
            RECIPIENT_NAME,
            "Trần Thị Bình",
            RECIPIENT_ID_NUMBER,
            "040195004321",
            AUTHORISATION_NUMBER,
            "15/2026/UQ",
            AUTHORISATION_DATE,
            "2026-12-01",
            AUTHORISATION_CHECKED,
            true));
    // who received it is on the dossier; the process and its history keep none of it
    assertThat(delivery).variables().doesNotContainKeys(RECIPIENT_NAME, RECIPIENT_ID_NUMBER);
    execute(job());
    assertThat(delivery)
        .isEnded()
        .hasPassed(SERVICE_TASK_RECORD_DELIVERY, END_EVENT_RESULT_DELIVERED);
    verify(delegates.deliveries)
        .recordHandOver(
            CODE,
            new HandOver(
                "representative",
                "Trần Thị Bình",
                "040195004321",
                "15/2026/UQ",
                LocalDate.of(2026, 12, 1),
                true),
            "he-thong");
    verify(delegates.deliveries).recordDelivered(CODE);
  }

  /** Starts a postal delivery and runs the shipment step: the parcel is on its way. */
  ProcessInstance shipped() {
    ProcessInstance delivery = start("POST");
    assertThat(delivery).isWaitingAt(SERVICE_TASK_CREATE_SHIPMENT);
    execute(job());
    return delivery;
  }

  @Test
  void byPost_parcelDelivered() {
    ProcessInstance delivery = shipped();
    verify(delegates.deliveries).shipResult(CODE);
    assertThat(delivery).isWaitingAt(GATEWAY_AWAIT_PARCEL);
    runtimeService()
        .createMessageCorrelation(PARCEL_DELIVERED)
        .processInstanceBusinessKey(CODE)
        .correlate();
    execute(job());
    assertThat(delivery).isEnded().hasPassed(MESSAGE_PARCEL_DELIVERED, END_EVENT_RESULT_DELIVERED);
    verify(delegates.deliveries).recordDelivered(CODE);
  }

  @Test
  void byPost_parcelReturned_officerHandsItOverAtTheCounter() {
    ProcessInstance delivery = shipped();
    runtimeService()
        .createMessageCorrelation(PARCEL_RETURNED)
        .processInstanceBusinessKey(CODE)
        .correlate();
    assertThat(delivery).isWaitingAt(USER_TASK_HANDLE_RETURNED_PARCEL);
    assertThat(task()).hasCandidateGroup("lamthanh-onestop");
    complete(
        task(),
        withVariables(
            RESULT_HANDED_OVER,
            true,
            RECIPIENT_NAME,
            "Trần Thị Bình",
            RETURN_NOTE,
            "Gọi điện hẹn"));
    execute(job());
    assertThat(delivery)
        .isEnded()
        .hasPassed(
            MESSAGE_PARCEL_RETURNED, USER_TASK_HANDLE_RETURNED_PARCEL, END_EVENT_RESULT_DELIVERED);
  }

  @Test
  void electronically() {
    ProcessInstance delivery = start("ELECTRONIC");
    assertThat(delivery).isWaitingAt(SERVICE_TASK_SEND_RESULT_ELECTRONICALLY);
    execute(job());
    verify(delegates.deliveries).sendElectronicResult(CODE);
    execute(job());
    assertThat(delivery)
        .isEnded()
        .hasPassed(SERVICE_TASK_SEND_RESULT_ELECTRONICALLY, END_EVENT_RESULT_DELIVERED);
  }
}
