package vn.motcua.workflow.engine;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.workflow.ProcessElements;
import vn.motcua.workflow.ProcessVariables;

/**
 * Watches every officer's stage against its due date, however an analyst models the procedure: when
 * a task that declares a {@code stage} and has a due date is created, a {@code stage-deadline}
 * process starts beside it (it reminds the officer before the due date and tells the agency's
 * leader once it has passed, without touching the task); when the task ends, completed or
 * cancelled, the watch ends with it.
 */
class StageWatch implements TaskListener {

  private final Clock clock;
  private final Supplier<WorkingCalendar> calendar;
  private final int reminderPercent;

  /**
   * @param reminderPercent how much of the stage's working time has run when the officer is
   *     reminded (75: with a quarter left)
   */
  StageWatch(Clock clock, Supplier<WorkingCalendar> calendar, int reminderPercent) {
    this.clock = clock;
    this.calendar = calendar;
    this.reminderPercent = reminderPercent;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      start(task);
    } else {
      end(task);
    }
  }

  private void start(DelegateTask task) {
    String code = ProcessVariables.dossierCode(task);
    UserTask element = (UserTask) task.getBpmnModelElementInstance();
    if (code == null || task.getDueDate() == null || !StageProperties.declaresStage(element)) {
      return;
    }
    List<String> groups = TaskGroups.candidateGroups(task);
    if (groups.isEmpty()) {
      return;
    }
    String group = groups.get(0);
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime due = LocalDateTime.ofInstant(task.getDueDate().toInstant(), clock.getZone());
    WorkingCalendar days = calendar.get();
    long left = days.workingMinutesBetween(now, due);
    LocalDateTime remind = days.plusWorkingMinutes(now, left * reminderPercent / 100);
    Date remindAt = Date.from(remind.atZone(VietnameseFormats.VIETNAM).toInstant());
    // Tasklist shows the follow-up date, and its "Sắp đến hạn" filter reads the due date
    task.setFollowUpDate(remindAt);

    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.DOSSIER_CODE, code);
    variables.put(ProcessVariables.STAGE_TASK_ID, task.getId());
    variables.put(ProcessVariables.STAGE_NAME, element.getName());
    variables.put(ProcessVariables.STAGE_GROUP, group);
    variables.put(ProcessVariables.AGENCY, TaskGroups.agencyOf(group));
    variables.put(ProcessVariables.DUE_AT, task.getDueDate());
    variables.put(ProcessVariables.REMIND_AT, remindAt);
    variables.put(
        ProcessVariables.DUE_AT_TEXT, VietnameseFormats.dateTime(task.getDueDate().toInstant()));
    ProcessInstance watch =
        task.getProcessEngineServices()
            .getRuntimeService()
            .startProcessInstanceByKey(ProcessElements.STAGE_DEADLINE, code, variables);
    task.setVariableLocal(ProcessVariables.DEADLINE_WATCH, watch.getId());
  }

  private static void end(DelegateTask task) {
    Object watch = task.getVariableLocal(ProcessVariables.DEADLINE_WATCH);
    if (watch == null) {
      return;
    }
    task.getProcessEngineServices()
        .getRuntimeService()
        .createMessageCorrelation(ProcessElements.STAGE_ENDED)
        .processInstanceId(watch.toString())
        .correlateAll();
  }
}
