package vn.motcua.workflow.delegate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.FieldError;
import vn.motcua.dossier.DossierDeadlines;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.notification.EmailGateway;
import vn.motcua.shared.PublicUrls;
import vn.motcua.shared.SideEffects;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;
import vn.motcua.workflow.ProcessVariables;
import vn.motcua.workflow.engine.FieldErrorMessages;
import vn.motcua.workflow.engine.TaskGroups;

/**
 * The steps of the deadlines' processes: the officer's reminder and the leader's alarm of {@code
 * stage-deadline}, and the lateness check, the apology's checks and its issue of {@code
 * appointment-watch}. Mails to officers go to the addresses of their Camunda accounts, each once
 * per stage and officer (the ledger), so a job that runs twice mails nobody twice.
 */
@Configuration
class DeadlineDelegates {

  /** Reminds whoever holds the stage: its assignee, or every officer of its group. */
  @Bean
  JavaDelegate officerReminder(
      Dossiers dossiers, EmailGateway email, SideEffects ledger, PublicUrls urls) {
    return execution -> {
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      IdentityService identity = execution.getProcessEngineServices().getIdentityService();
      Task stage = openStage(tasks, execution);
      if (stage == null || !stage.getDueDate().toInstant().isAfter(now())) {
        return; // done already, or overdue: the leader's alarm says the rest
      }
      String code = ProcessVariables.dossierCode(execution);
      DossierView dossier = dossiers.get(code);
      List<User> officers =
          stage.getAssignee() != null
              ? identity.createUserQuery().userId(stage.getAssignee()).list()
              : identity
                  .createUserQuery()
                  .memberOfGroup(ProcessVariables.text(execution, ProcessVariables.STAGE_GROUP))
                  .list();
      for (User officer : officers) {
        mail(
            ledger,
            email,
            code,
            "officerReminder",
            stage.getId() + ":" + officer.getId(),
            officer,
            VietnameseTexts.text("deadline.reminder.subject", code),
            VietnameseTexts.text(
                "deadline.reminder.body",
                nameOf(officer),
                code,
                dossier.procedureName(),
                ProcessVariables.text(execution, ProcessVariables.STAGE_NAME),
                VietnameseFormats.dateTime(stage.getDueDate().toInstant()),
                tasklistLink(urls, stage.getId())));
      }
    };
  }

  /**
   * The stage has passed its due date: the timeline says so, and the agency's leaders are mailed;
   * the process then gives them a follow-up task. The officer's task is not touched.
   */
  @Bean
  JavaDelegate leaderAlarm(
      Dossiers dossiers,
      DossierDeadlines deadlines,
      Agencies agencies,
      EmailGateway email,
      SideEffects ledger,
      PublicUrls urls) {
    return execution -> {
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      IdentityService identity = execution.getProcessEngineServices().getIdentityService();
      Task stage = openStage(tasks, execution);
      String code = ProcessVariables.dossierCode(execution);
      String agency = ProcessVariables.text(execution, ProcessVariables.AGENCY);
      String agencyName = agencies.find(agency).map(Agency::name).orElse(agency);
      String stageName = ProcessVariables.text(execution, ProcessVariables.STAGE_NAME);
      Instant due = ((Date) execution.getVariable(ProcessVariables.DUE_AT)).toInstant();
      String taskId = ProcessVariables.text(execution, ProcessVariables.STAGE_TASK_ID);
      ledger.once(
          code,
          "stageOverdue",
          taskId,
          () -> deadlines.stageOverdue(code, stageName, due, agencyName));
      DossierView dossier = dossiers.get(code);
      String holder =
          stage == null || stage.getAssignee() == null
              ? VietnameseTexts.text("deadline.overdue.unassigned")
              : stage.getAssignee();
      for (User leader :
          identity.createUserQuery().memberOfGroup(TaskGroups.leadersOf(agency)).list()) {
        mail(
            ledger,
            email,
            code,
            "leaderAlarm",
            taskId + ":" + leader.getId(),
            leader,
            VietnameseTexts.text("deadline.overdue.subject", code),
            VietnameseTexts.text(
                "deadline.overdue.body",
                agencyName,
                code,
                dossier.procedureName(),
                stageName,
                VietnameseFormats.dateTime(due),
                holder,
                urls.resolve("/camunda/app/tasklist/default/")));
      }
    };
  }

  /**
   * Whether the dossier will miss its appointment ({@code lateness}); when it will, the group of
   * the stage that holds it drafts the apology ({@code draftingGroup}) and that agency's leaders
   * approve it ({@code agency}).
   */
  @Bean
  JavaDelegate latenessCheck(DossierDeadlines deadlines, Dossiers dossiers) {
    return execution -> {
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      String code = ProcessVariables.dossierCode(execution);
      DossierDeadlines.Lateness lateness = deadlines.lateness(code);
      execution.setVariable(ProcessVariables.LATENESS, lateness.name());
      if (lateness != DossierDeadlines.Lateness.LATE) {
        return;
      }
      String group = holdingGroup(tasks, code);
      if (group == null) {
        group = dossiers.get(code).resolvingAgency() + "-specialist";
      }
      execution.setVariable(ProcessVariables.DRAFTING_GROUP, group);
      execution.setVariable(ProcessVariables.AGENCY, TaskGroups.agencyOf(group));
    };
  }

  /** The leader's instruction on an overdue stage, on the timeline. */
  @Bean
  TaskListener followUpRecorder(DossierDeadlines deadlines) {
    return task ->
        deadlines.followedUp(
            ProcessVariables.dossierCode(task),
            ProcessVariables.text(task, ProcessVariables.STAGE_NAME),
            ProcessVariables.text(task, ProcessVariables.FOLLOW_UP_INSTRUCTION),
            ProcessVariables.actor());
  }

  /** The drafted apology is checked when its task completes: a later working day, a reason. */
  @Bean
  TaskListener apologyDraftCheck(DossierDeadlines deadlines, FieldErrorMessages messages) {
    return task -> {
      String code = ProcessVariables.dossierCode(task);
      String reason = ProcessVariables.text(task, ProcessVariables.APOLOGY_REASON);
      try {
        LocalDate day = newAppointment(task);
        deadlines.draftApology(code, day, reason, ProcessVariables.actor());
        // the leader's form shows the day as officers write it
        task.getExecution()
            .setVariable(ProcessVariables.NEW_APPOINTMENT_TEXT, VietnameseFormats.day(day));
      } catch (InvalidSubmissionException e) {
        // the REST API answers 400 with the message, Tasklist shows it under the form
        throw new FormFieldValidationException(e.errors(), messages.describe(e.errors()));
      }
    };
  }

  /** The leader's decision on the apology: approve, or return it with what to change. */
  @Bean
  TaskListener apologyApprovalCheck(FieldErrorMessages messages) {
    return task -> {
      String decision = ProcessVariables.text(task, ProcessVariables.APOLOGY_DECISION);
      String why = ProcessVariables.text(task, ProcessVariables.APOLOGY_RETURN_REASON);
      List<FieldError> errors = new ArrayList<>();
      if (!"approve".equals(decision) && !"return".equals(decision)) {
        errors.add(
            FieldError.of(
                ProcessVariables.APOLOGY_DECISION,
                VietnameseTexts.text("label.decision"),
                "decision.unknown",
                "approve, return"));
      } else if ("return".equals(decision) && (why == null || why.isBlank())) {
        errors.add(
            FieldError.of(
                ProcessVariables.APOLOGY_RETURN_REASON,
                VietnameseTexts.text("label.reason"),
                "decision.reasonRequired"));
      }
      if (!errors.isEmpty()) {
        throw new FormFieldValidationException(errors, messages.describe(errors));
      }
      if ("approve".equals(decision)) {
        task.getExecution()
            .setVariable(ProcessVariables.APOLOGY_APPROVED_BY, ProcessVariables.actor());
      }
    };
  }

  /** Issues the approved apology: the new appointment, the timeline, slip 04 to the applicant. */
  @Bean
  JavaDelegate apologyIssuer(DossierDeadlines deadlines) {
    return execution ->
        deadlines.apologise(ProcessVariables.dossierCode(execution), approver(execution));
  }

  private static String approver(DelegateExecution execution) {
    Object approvedBy = execution.getVariable(ProcessVariables.APOLOGY_APPROVED_BY);
    return approvedBy == null ? ProcessVariables.SYSTEM_ACTOR : approvedBy.toString();
  }

  private static LocalDate newAppointment(VariableScope scope) {
    Object value = scope.getVariable(ProcessVariables.NEW_APPOINTMENT);
    if (value instanceof Date date) {
      return date.toInstant().atZone(VietnameseFormats.VIETNAM).toLocalDate();
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      // a form's date field: 2026-12-10
      return LocalDate.parse(
          value.toString().substring(0, Math.min(10, value.toString().length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Task openStage(TaskService tasks, DelegateExecution execution) {
    String id = ProcessVariables.text(execution, ProcessVariables.STAGE_TASK_ID);
    return id == null ? null : tasks.createTaskQuery().taskId(id).singleResult();
  }

  /** The candidate group of an officer's open stage of the dossier (not the deadlines' own). */
  private static String holdingGroup(TaskService tasks, String code) {
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(code).list()) {
      if (task.getDueDate() == null) {
        continue;
      }
      List<String> groups = TaskGroups.candidateGroups(tasks.getIdentityLinksForTask(task.getId()));
      if (!groups.isEmpty()
          && tasks.getVariableLocal(task.getId(), ProcessVariables.DEADLINE_WATCH) != null) {
        return groups.get(0);
      }
    }
    return null;
  }

  private static void mail(
      SideEffects ledger,
      EmailGateway email,
      String code,
      String step,
      String key,
      User to,
      String subject,
      String body) {
    if (to.getEmail() == null || to.getEmail().isBlank()) {
      return;
    }
    ledger.atMostOnce(code, step, key, () -> email.send(to.getEmail(), subject, body, code));
  }

  /** Vietnamese order: the family and middle names (Camunda's last name), then the given name. */
  private static String nameOf(User officer) {
    String name =
        ((officer.getLastName() == null ? "" : officer.getLastName())
                + " "
                + (officer.getFirstName() == null ? "" : officer.getFirstName()))
            .strip();
    return name.isEmpty() ? officer.getId() : name;
  }

  private static String tasklistLink(PublicUrls urls, String taskId) {
    return urls.resolve("/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
