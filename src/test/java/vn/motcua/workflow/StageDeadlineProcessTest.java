package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static vn.motcua.workflow.ProcessElements.END_EVENT_STAGE_ENDED;
import static vn.motcua.workflow.ProcessElements.RECEIVE_TASK_AWAIT_STAGE_END;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_REMIND_OFFICER;
import static vn.motcua.workflow.ProcessElements.SERVICE_TASK_TELL_LEADER;
import static vn.motcua.workflow.ProcessElements.STAGE_DEADLINE;
import static vn.motcua.workflow.ProcessElements.STAGE_ENDED;
import static vn.motcua.workflow.ProcessElements.TIMER_REMIND_OFFICER;
import static vn.motcua.workflow.ProcessElements.TIMER_STAGE_OVERDUE;
import static vn.motcua.workflow.ProcessElements.USER_TASK_FOLLOW_UP_OVERDUE;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The watch of an officer's stage: reminded before the due date, the leaders told and given a
 * follow-up once it has passed, the stage itself never touched; the stage's end ends the watch.
 * Timers are run as the job executor would, by their element.
 */
@Deployment(resources = {"processes/stage-deadline.bpmn", "forms/deadline-follow-up.form"})
class StageDeadlineProcessTest extends ProcessTestSupport {

  @RegisterExtension static ProcessEngineCoverageExtension coverage = fullCoverage();

  static final String CODE = "000.40.11.H40-261126-0011";

  Task stage;

  @BeforeEach
  void officersAndTheirStage() {
    user("cv.lamthanh", "cv.lamthanh@motcua.example.vn", "lamthanh-specialist");
    user("cv2.lamthanh", "cv2.lamthanh@motcua.example.vn", "lamthanh-specialist");
    user("ld.lamthanh", "ld.lamthanh@motcua.example.vn", "lamthanh-leader");
    stage = taskService().newTask();
    stage.setName("Thẩm định hồ sơ");
    stage.setDueDate(Date.from(now().plus(Duration.ofDays(1))));
    taskService().saveTask(stage);
  }

  @AfterEach
  void removeThem() {
    taskService().deleteTask(stage.getId(), true);
    for (User u : identityService().createUserQuery().list()) {
      identityService().deleteUser(u.getId());
    }
    for (Group g : identityService().createGroupQuery().list()) {
      identityService().deleteGroup(g.getId());
    }
  }

  static void user(String id, String email, String group) {
    User user = identityService().newUser(id);
    user.setEmail(email);
    identityService().saveUser(user);
    if (identityService().createGroupQuery().groupId(group).count() == 0) {
      identityService().saveGroup(identityService().newGroup(group));
    }
    identityService().createMembership(id, group);
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  ProcessInstance watch() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.DOSSIER_CODE, CODE);
    variables.put(ProcessVariables.STAGE_TASK_ID, stage.getId());
    variables.put(ProcessVariables.STAGE_NAME, "Thẩm định hồ sơ");
    variables.put(ProcessVariables.STAGE_GROUP, "lamthanh-specialist");
    variables.put(ProcessVariables.AGENCY, "lamthanh");
    variables.put(ProcessVariables.DUE_AT, stage.getDueDate());
    variables.put(ProcessVariables.DUE_AT_TEXT, "27/11/2026 17:00");
    variables.put(ProcessVariables.REMIND_AT, Date.from(now().plus(Duration.ofHours(18))));
    return runtimeService().startProcessInstanceByKey(STAGE_DEADLINE, CODE, variables);
  }

  static void fire(String timer) {
    execute(jobQuery().activityId(timer).singleResult());
  }

  static void runStep(String serviceTask) {
    execute(jobQuery().activityId(serviceTask).singleResult());
  }

  static void stageEnds(ProcessInstance watch) {
    runtimeService()
        .createMessageCorrelation(STAGE_ENDED)
        .processInstanceId(watch.getId())
        .correlateAll();
  }

  @Test
  void aStageDoneInTime_endsItsWatch_withNoMail() {
    ProcessInstance watch = watch();
    assertThat(watch).isWaitingAt(RECEIVE_TASK_AWAIT_STAGE_END);
    stageEnds(watch);
    assertThat(watch).isEnded().hasPassed(END_EVENT_STAGE_ENDED);
    verify(delegates.email, never()).send(any(), any(), any(), any());
  }

  @Test
  void beforeTheDueDate_theGroupsOfficersAreReminded_orOnlyTheOneWhoClaimedIt() {
    ProcessInstance watch = watch();
    fire(TIMER_REMIND_OFFICER);
    runStep(SERVICE_TASK_REMIND_OFFICER);
    verify(delegates.email)
        .send(eq("cv.lamthanh@motcua.example.vn"), contains(CODE), contains("Thẩm định"), eq(CODE));
    verify(delegates.email)
        .send(eq("cv2.lamthanh@motcua.example.vn"), contains(CODE), anyString(), eq(CODE));
    assertThat(watch).isWaitingAt(RECEIVE_TASK_AWAIT_STAGE_END);

    ProcessInstance claimed = watch();
    taskService().setAssignee(stage.getId(), "cv2.lamthanh");
    execute(
        jobQuery()
            .processInstanceId(claimed.getId())
            .activityId(TIMER_REMIND_OFFICER)
            .singleResult());
    execute(
        jobQuery()
            .processInstanceId(claimed.getId())
            .activityId(SERVICE_TASK_REMIND_OFFICER)
            .singleResult());
    verify(delegates.email)
        .send(eq("cv.lamthanh@motcua.example.vn"), anyString(), anyString(), eq(CODE));
    verify(delegates.email, org.mockito.Mockito.times(2))
        .send(eq("cv2.lamthanh@motcua.example.vn"), anyString(), anyString(), eq(CODE));
  }

  @Test
  void overdue_theLeadersAreToldAndFollowUp_whileTheStageGoesOn() {
    ProcessInstance watch = watch();
    fire(TIMER_STAGE_OVERDUE);
    runStep(SERVICE_TASK_TELL_LEADER);
    verify(delegates.deadlines)
        .stageOverdue(eq(CODE), eq("Thẩm định hồ sơ"), eq(stage.getDueDate().toInstant()), any());
    verify(delegates.email)
        .send(eq("ld.lamthanh@motcua.example.vn"), contains("quá hạn"), anyString(), eq(CODE));
    verify(delegates.email, never())
        .send(eq("cv.lamthanh@motcua.example.vn"), anyString(), anyString(), anyString());
    assertThat(watch).isWaitingAt(RECEIVE_TASK_AWAIT_STAGE_END, USER_TASK_FOLLOW_UP_OVERDUE);
    assertThat(task(USER_TASK_FOLLOW_UP_OVERDUE, watch)).hasCandidateGroup("lamthanh-leader");
    // the officer's stage is untouched
    org.assertj.core.api.Assertions.assertThat(
            taskService().createTaskQuery().taskId(stage.getId()).count())
        .isEqualTo(1);

    complete(
        task(USER_TASK_FOLLOW_UP_OVERDUE, watch),
        Map.of(ProcessVariables.FOLLOW_UP_INSTRUCTION, "Hoàn thành trong sáng mai"));
    verify(delegates.deadlines)
        .followedUp(eq(CODE), eq("Thẩm định hồ sơ"), eq("Hoàn thành trong sáng mai"), any());
    assertThat(watch).isWaitingAt(RECEIVE_TASK_AWAIT_STAGE_END);
    stageEnds(watch);
    assertThat(watch).isEnded();
  }

  @Test
  void theStageEnding_endsAFollowUpStillOpen() {
    ProcessInstance watch = watch();
    fire(TIMER_STAGE_OVERDUE);
    runStep(SERVICE_TASK_TELL_LEADER);
    assertThat(watch).isWaitingAt(USER_TASK_FOLLOW_UP_OVERDUE);
    stageEnds(watch);
    assertThat(watch).isEnded().hasPassed(END_EVENT_STAGE_ENDED);
    org.assertj.core.api.Assertions.assertThat(
            taskService().createTaskQuery().processInstanceId(watch.getId()).count())
        .isZero();
  }

  @Test
  void aReminderAfterTheStageWasDone_orOverdue_mailsNobody() {
    ProcessInstance watch = watch();
    taskService().setDueDate(stage.getId(), Date.from(now().minus(Duration.ofMinutes(1))));
    fire(TIMER_REMIND_OFFICER);
    runStep(SERVICE_TASK_REMIND_OFFICER);
    verify(delegates.email, never()).send(any(), any(), any(), any());
    assertThat(watch).isWaitingAt(RECEIVE_TASK_AWAIT_STAGE_END);
  }
}
