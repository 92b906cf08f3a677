package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.motcua.workflow.ProcessElements.END_EVENT_NOTIFIED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_RESENT;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_NOTIFY_APPLICANT;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_RESEND_CHANNEL;
import static vn.motcua.workflow.ProcessElements.STATUS_NOTIFICATION;
import static vn.motcua.workflow.ProcessVariables.CHANGE_ID;
import static vn.motcua.workflow.ProcessVariables.CHANNEL;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.notification.StatusMessages;
import vn.motcua.workflow.delegate.ProcessTestDelegates;

/**
 * A status change tells the applicant by mail and SMS and the national portal in one job; a channel
 * that fails goes on to its own retried job, and only that one.
 */
@Deployment(resources = "processes/status-notification.bpmn")
class StatusNotificationProcessTest extends ProcessTestSupport {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = fullCoverage();

  static final String CODE = "000.40.11.H40-261126-0009";

  static final UUID CHANGE = UUID.randomUUID();

  ProcessInstance changed(String email, String phone) {
    return changed(email, phone, Map.of(CHANGE_ID, CHANGE.toString()));
  }

  /** The dossier's timeline records the change; the process carries its id. */
  ProcessInstance changed(String email, String phone, Map<String, Object> variables) {
    DossierView.TimelineEntry received =
        new DossierView.TimelineEntry(
            Instant.parse("2026-11-26T02:00:00Z"),
            "mc.lamthanh",
            "OFFICER",
            DossierStatus.RECEIVED,
            null,
            CHANGE,
            false);
    when(delegates.dossiers.get(CODE))
        .thenReturn(
            ProcessTestDelegates.sampleDossier(
                CODE, DossierStatus.IN_APPROVAL, phone, email, List.of(received)));
    when(delegates.statusMessages.email(any()))
        .thenReturn(new StatusMessages.Email("[Một Cửa] Hồ sơ " + CODE, "Đã tiếp nhận"));
    when(delegates.statusMessages.sms(any()))
        .thenReturn("MotCua: Ho so " + CODE + " - Da tiep nhan");
    return runtimeService().startProcessInstanceByKey(STATUS_NOTIFICATION, CODE, variables);
  }

  void runAllJobs() {
    for (Job job : managementService().createJobQuery().list()) {
      execute(job);
    }
  }

  @Test
  void oneJobTellsAllThreeChannels() {
    ProcessInstance notification = changed("an@example.vn", "0912345678");
    assertThat(notification).isWaitingAt(SERVICE_TASK_NOTIFY_APPLICANT);
    Assertions.assertThat(managementService().createJobQuery().count()).isEqualTo(1);
    runAllJobs();
    assertThat(notification)
        .isEnded()
        .hasPassed(END_EVENT_NOTIFIED)
        .hasNotPassed(SERVICE_TASK_RESEND_CHANNEL);
    verify(delegates.email)
        .send(eq("an@example.vn"), eq("[Một Cửa] Hồ sơ " + CODE), eq("Đã tiếp nhận"), eq(CODE));
    verify(delegates.sms).send("0912345678", "MotCua: Ho so " + CODE + " - Da tiep nhan", CODE);
    // the change's own status and time, from the timeline, not the dossier's current status (it has
    // moved on)
    verify(delegates.statusMessages).sms(argThat(f -> f.status().equals("RECEIVED")));
    verify(delegates.portal)
        .push(
            argThat(
                u ->
                    u.dossierCode().equals(CODE)
                        && u.nationalStatus() == 2
                        && u.channel() == 2
                        && u.changedAt().equals(Instant.parse("2026-11-26T02:00:00Z"))));
  }

  @Test
  void anApplicantWithoutEmailOrPhone_getsNoMessage_butThePortalIsStillTold() {
    ProcessInstance notification = changed(null, "");
    runAllJobs();
    assertThat(notification).isEnded().hasPassed(END_EVENT_NOTIFIED);
    verify(delegates.email, never()).send(any(), any(), any(), any());
    verify(delegates.sms, never()).send(any(), any(), any());
    verify(delegates.portal).push(any());
  }

  @Test
  void aMailServerThatIsDown_delaysOnlyTheMail_onItsOwnRetriedStep() {
    doThrow(new IllegalStateException("SMTP down"))
        .doNothing()
        .when(delegates.email)
        .send(any(), any(), any(), any());
    ProcessInstance notification = changed("an@example.vn", "0912345678");
    runAllJobs();
    // the SMS and the portal went out with the first step; only the mail waits, as its own job
    verify(delegates.sms).send(any(), any(), any());
    verify(delegates.portal).push(any());
    Assertions.assertThat(
            managementService().createJobQuery().activityId(SERVICE_TASK_RESEND_CHANNEL).count())
        .isEqualTo(1);
    Assertions.assertThat(
            runtimeService().createVariableInstanceQuery().variableName(CHANNEL).list())
        .extracting(v -> v.getValue())
        .containsExactly("email");
    doThrow(new IllegalStateException("SMTP still down"))
        .doNothing()
        .when(delegates.email)
        .send(any(), any(), any(), any());
    Job resend =
        managementService().createJobQuery().activityId(SERVICE_TASK_RESEND_CHANNEL).singleResult();
    Assertions.assertThatThrownBy(() -> managementService().executeJob(resend.getId()))
        .hasStackTraceContaining("SMTP still down");
    Job retried =
        managementService().createJobQuery().activityId(SERVICE_TASK_RESEND_CHANNEL).singleResult();
    Assertions.assertThat(retried.getRetries()).as("R3/PT5M").isEqualTo(2);
    Assertions.assertThat(retried.getDuedate())
        .isAfter(Date.from(Instant.now().plusSeconds(4 * 60)));
    runAllJobs();
    assertThat(notification).isEnded().hasPassed(END_EVENT_RESENT);
    verify(delegates.email, times(3)).send(any(), any(), any(), any());
    verify(delegates.sms, times(1)).send(any(), any(), any());
    verify(delegates.portal, times(1)).push(any());
  }

  @Test
  void theSmsGatewayAndThePortalDown_eachGetsItsOwnStep() {
    doThrow(new IllegalStateException("SMS gateway down"))
        .doNothing()
        .when(delegates.sms)
        .send(any(), any(), any());
    doThrow(new IllegalStateException("portal down"))
        .doNothing()
        .when(delegates.portal)
        .push(any());
    ProcessInstance notification = changed("an@example.vn", "0912345678");
    runAllJobs();
    Assertions.assertThat(
            managementService().createJobQuery().activityId(SERVICE_TASK_RESEND_CHANNEL).count())
        .as("one job per failed channel")
        .isEqualTo(2);
    Assertions.assertThat(
            runtimeService().createVariableInstanceQuery().variableName(CHANNEL).list())
        .extracting(v -> v.getValue())
        .containsExactlyInAnyOrder("sms", "national-portal");
    runAllJobs();
    assertThat(notification).isEnded().hasPassed(END_EVENT_RESENT);
    verify(delegates.email, times(1)).send(any(), any(), any(), any());
    verify(delegates.sms, times(2)).send(any(), any(), any());
    verify(delegates.portal, times(2)).push(any());
  }
}
