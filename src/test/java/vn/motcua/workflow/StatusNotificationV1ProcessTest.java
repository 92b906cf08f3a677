package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.motcua.workflow.ProcessElements.END_EVENT_EMAIL_SENT;
import static vn.motcua.workflow.ProcessElements.END_EVENT_PORTAL_SYNCED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_SMS_SENT;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_PUSH_TO_NATIONAL_PORTAL;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_SEND_EMAIL;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_SEND_SMS;
import static vn.motcua.workflow.ProcessElements.STATUS_NOTIFICATION;
import static vn.motcua.workflow.ProcessVariables.CHANGED_AT;
import static vn.motcua.workflow.ProcessVariables.CHANGE_ID;
import static vn.motcua.workflow.ProcessVariables.DOSSIER_CODE;
import static vn.motcua.workflow.ProcessVariables.STATUS;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.notification.StatusMessages;
import vn.motcua.workflow.delegate.ProcessTestDelegates;

/**
 * The first version of status-notification (a job per channel, the facts in five variables), as it
 * was deployed before one job did the three: instances of it still running at an upgrade finish
 * through today's delegates.
 */
@Deployment(resources = "legacy/status-notification-v1.bpmn")
class StatusNotificationV1ProcessTest extends ProcessTestSupport {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = fullCoverage();

  static final String CODE = "000.40.11.H40-261120-0003";

  @Test
  void anInstanceStartedBeforeTheUpgrade_sendsWhatItsVariablesSay() {
    when(delegates.dossiers.get(CODE))
        .thenReturn(
            ProcessTestDelegates.sampleDossier(
                CODE, DossierStatus.IN_APPROVAL, "0912345678", "an@example.vn", List.of()));
    when(delegates.statusMessages.email(any()))
        .thenReturn(new StatusMessages.Email("[Một Cửa] Hồ sơ " + CODE, "Đã tiếp nhận"));
    when(delegates.statusMessages.sms(any()))
        .thenReturn("MotCua: Ho so " + CODE + " - Da tiep nhan");
    ProcessInstance notification =
        runtimeService()
            .startProcessInstanceByKey(
                STATUS_NOTIFICATION,
                CODE,
                Map.of(
                    DOSSIER_CODE,
                    CODE,
                    CHANGE_ID,
                    "c-1",
                    STATUS,
                    "RECEIVED",
                    CHANGED_AT,
                    Date.from(Instant.parse("2026-11-20T02:00:00Z"))));
    assertThat(notification)
        .isWaitingAt(
            SERVICE_TASK_SEND_EMAIL, SERVICE_TASK_SEND_SMS, SERVICE_TASK_PUSH_TO_NATIONAL_PORTAL);
    for (Job job : managementService().createJobQuery().list()) {
      execute(job);
    }
    assertThat(notification)
        .isEnded()
        .hasPassed(END_EVENT_EMAIL_SENT, END_EVENT_SMS_SENT, END_EVENT_PORTAL_SYNCED);
    verify(delegates.email)
        .send(eq("an@example.vn"), eq("[Một Cửa] Hồ sơ " + CODE), eq("Đã tiếp nhận"), eq(CODE));
    verify(delegates.sms).send("0912345678", "MotCua: Ho so " + CODE + " - Da tiep nhan", CODE);
    verify(delegates.portal)
        .push(
            argThat(
                u ->
                    u.nationalStatus() == 2
                        && u.changedAt().equals(Instant.parse("2026-11-20T02:00:00Z"))));
  }
}
