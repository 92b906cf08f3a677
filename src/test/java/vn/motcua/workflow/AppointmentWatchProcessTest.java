package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.motcua.workflow.ProcessElements.APPOINTMENT_WATCH;
import static vn.motcua.workflow.ProcessElements.END_EVENT_WATCH_ENDED;
import static vn.motcua.workflow.ProcessElements.END_EVENT_WATCH_STOPPED;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_ISSUE_APOLOGY;
import static vn.motcua.workflow.ProcessElements.TIMER_CHECK_APPOINTMENT;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_APOLOGY;
import static vn.motcua.workflow.ProcessElements.USER_TASK_DRAFT_APOLOGY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.catalog.FieldError;
import vn.motcua.dossier.DossierDeadlines.Lateness;
import vn.motcua.dossier.InvalidSubmissionException;

/**
 * A dossier's appointment watched: on time or paused it waits again; resolved it ends; late, the
 * holding agency drafts the apology, its leader returns or approves it, and the approved one is
 * issued before the watch goes on against the new appointment.
 */
@Deployment(
    resources = {
      "processes/appointment-watch.bpmn",
      "forms/apology-draft.form",
      "forms/apology-approve.form"
    })
class AppointmentWatchProcessTest extends ProcessTestSupport {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = fullCoverage();

  static final String CODE = "000.40.11.H40-261126-0012";

  ProcessInstance watch() {
    return runtimeService()
        .startProcessInstanceByKey(
            APPOINTMENT_WATCH, CODE, Map.of(ProcessVariables.DOSSIER_CODE, CODE));
  }

  static void check(ProcessInstance watch) {
    execute(
        jobQuery()
            .processInstanceId(watch.getId())
            .activityId(TIMER_CHECK_APPOINTMENT)
            .singleResult());
  }

  @Test
  void onTime_waitsAgain_andResolved_ends() {
    when(delegates.deadlines.lateness(CODE)).thenReturn(Lateness.ON_TIME, Lateness.DONE);
    ProcessInstance watch = watch();
    assertThat(watch).isWaitingAt(TIMER_CHECK_APPOINTMENT);
    check(watch);
    assertThat(watch).isWaitingAt(TIMER_CHECK_APPOINTMENT);
    check(watch);
    assertThat(watch).isEnded().hasPassed(END_EVENT_WATCH_ENDED);
    verify(delegates.deadlines, never()).apologise(anyString(), anyString());
  }

  @Test
  void late_theHoldingAgencyDrafts_theLeaderReturnsThenApproves_andTheApologyGoesOut() {
    when(delegates.deadlines.lateness(CODE)).thenReturn(Lateness.LATE, Lateness.DONE);
    ProcessInstance watch = watch();
    check(watch);
    assertThat(watch).isWaitingAt(USER_TASK_DRAFT_APOLOGY);
    // no open stage in this test: the resolving agency's specialists draft
    assertThat(task(USER_TASK_DRAFT_APOLOGY, watch)).hasCandidateGroup("lamthanh-specialist");

    complete(
        task(USER_TASK_DRAFT_APOLOGY, watch),
        Map.of("newAppointment", "2026-12-04", "apologyReason", "Chờ kết quả xác minh"));
    verify(delegates.deadlines)
        .draftApology(eq(CODE), eq(LocalDate.of(2026, 12, 4)), eq("Chờ kết quả xác minh"), any());
    assertThat(task(USER_TASK_APPROVE_APOLOGY, watch)).hasCandidateGroup("lamthanh-leader");

    complete(
        task(USER_TASK_APPROVE_APOLOGY, watch),
        Map.of("apologyDecision", "return", "apologyReturnReason", "Ghi rõ cơ quan xác minh"));
    assertThat(watch).isWaitingAt(USER_TASK_DRAFT_APOLOGY);
    complete(
        task(USER_TASK_DRAFT_APOLOGY, watch),
        Map.of(
            "newAppointment", "2026-12-04", "apologyReason", "Chờ Công an xã xác minh nơi cư trú"));
    complete(task(USER_TASK_APPROVE_APOLOGY, watch), Map.of("apologyDecision", "approve"));
    assertThat(watch).isWaitingAt(SERVICE_TASK_ISSUE_APOLOGY);
    execute(
        jobQuery()
            .processInstanceId(watch.getId())
            .activityId(SERVICE_TASK_ISSUE_APOLOGY)
            .singleResult());
    verify(delegates.deadlines).apologise(eq(CODE), any());
    // on against the new appointment
    assertThat(watch).isWaitingAt(TIMER_CHECK_APPOINTMENT);
    check(watch);
    assertThat(watch).isEnded();
  }

  @Test
  void aDossierOverWhileItsApologyIsDrafted_endsTheWatch_andNoApologyGoesOut() {
    when(delegates.deadlines.lateness(CODE)).thenReturn(Lateness.LATE);
    ProcessInstance watch = watch();
    check(watch);
    assertThat(watch).isWaitingAt(USER_TASK_DRAFT_APOLOGY);

    // what AppointmentWatchStarter sends when the dossier is resolved, refused, stopped or
    // withdrawn
    runtimeService()
        .createMessageCorrelation(ProcessElements.DOSSIER_ENDED)
        .processInstanceBusinessKey(CODE)
        .correlateAll();

    assertThat(watch).isEnded().hasPassed(END_EVENT_WATCH_STOPPED);
    Assertions.assertThat(taskQuery().processInstanceId(watch.getId()).count())
        .as("the officers' apology task is gone with it")
        .isZero();
    verify(delegates.deadlines, never()).draftApology(any(), any(), any(), any());
    verify(delegates.deadlines, never()).apologise(anyString(), anyString());
  }

  @Test
  void aDraftThatBreaksTheRules_isRefusedWithTheFieldNamed_andTheTaskStays() {
    when(delegates.deadlines.lateness(CODE)).thenReturn(Lateness.LATE);
    doThrow(
            new InvalidSubmissionException(
                List.of(
                    FieldError.of(
                        "newAppointment", "Ngày hẹn trả kết quả mới", "apology.dateNotLater"))))
        .when(delegates.deadlines)
        .draftApology(eq(CODE), any(), any(), any());
    ProcessInstance watch = watch();
    check(watch);
    Assertions.assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        task(USER_TASK_DRAFT_APOLOGY, watch).getId(),
                        Map.of("newAppointment", "2026-11-01", "apologyReason", "x")))
        .isInstanceOfAny(InvalidSubmissionException.class, ProcessEngineException.class);
    assertThat(watch).isWaitingAt(USER_TASK_DRAFT_APOLOGY);
  }

  @Test
  void aReturnWithoutWhatToChange_isRefused() {
    when(delegates.deadlines.lateness(CODE)).thenReturn(Lateness.LATE);
    ProcessInstance watch = watch();
    check(watch);
    complete(
        task(USER_TASK_DRAFT_APOLOGY, watch),
        Map.of("newAppointment", "2026-12-04", "apologyReason", "Chờ xác minh"));
    Assertions.assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        task(USER_TASK_APPROVE_APOLOGY, watch).getId(),
                        Map.of("apologyDecision", "return")))
        .isInstanceOfAny(InvalidSubmissionException.class, ProcessEngineException.class);
    assertThat(watch).isWaitingAt(USER_TASK_APPROVE_APOLOGY);
  }
}
