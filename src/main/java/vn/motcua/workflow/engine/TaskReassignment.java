package vn.motcua.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.shared.VietnameseTexts;
import vn.motcua.workflow.ProcessVariables;

/**
 * Every assignment of a task, however it is made (Tasklist's assignee field, claim, the REST API):
 * a task offered to groups goes only to a member of one of them, so an officer hands work to a
 * colleague of the same agency and role and never outside it; and a hand-over (someone gives the
 * task to another, or takes it from another) is written on the dossier's timeline, who to whom. An
 * officer claiming a task nobody had is not: that is the everyday start of work.
 */
class TaskReassignment implements TaskListener {

  private final DossierDecisions decisions;

  TaskReassignment(DossierDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    String to = task.getAssignee();
    if (to == null) {
      return;
    }
    String from = previousAssignee(task);
    if (to.equals(from)) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    String stepName = stepName(task);
    List<String> groups = TaskGroups.candidateGroups(task);
    User user =
        context.runWithoutAuthorization(
            () ->
                context.getReadOnlyIdentityProvider().createUserQuery().userId(to).singleResult());
    if (user == null) {
      throw new TaskAssignmentRefused(
          VietnameseTexts.text("task.reassign.unknownUser", stepName, to));
    }
    if (!groups.isEmpty()) {
      boolean member =
          context.runWithoutAuthorization(
              () ->
                  context
                          .getReadOnlyIdentityProvider()
                          .createGroupQuery()
                          .groupMember(to)
                          .groupIdIn(groups.toArray(String[]::new))
                          .count()
                      > 0);
      if (!member) {
        throw new TaskAssignmentRefused(
            VietnameseTexts.text(
                "task.reassign.outsideAgency", stepName, nameOf(user), String.join(", ", groups)));
      }
    }
    String actor = ProcessVariables.actor();
    String code = ProcessVariables.text(task, ProcessVariables.DOSSIER_CODE);
    boolean claim = from == null && to.equals(actor);
    if (code == null || claim) {
      return;
    }
    String fromName =
        from == null
            ? null
            : context.runWithoutAuthorization(
                () -> {
                  User previous =
                      context
                          .getReadOnlyIdentityProvider()
                          .createUserQuery()
                          .userId(from)
                          .singleResult();
                  return previous == null ? from : nameOf(previous);
                });
    decisions.reassigned(code, stepName, fromName, nameOf(user), actor);
  }

  private static String previousAssignee(DelegateTask task) {
    if (task instanceof TaskEntity entity) {
      PropertyChange change = entity.getPropertyChanges().get(TaskEntity.ASSIGNEE);
      if (change != null && change.getOrgValue() != null) {
        return change.getOrgValue().toString();
      }
    }
    return null;
  }

  /** The step as the model names it: the task's own name carries the applicant (TaskNames). */
  private static String stepName(DelegateTask task) {
    FlowElement element = task.getBpmnModelElementInstance();
    return element != null && element.getName() != null ? element.getName() : task.getName();
  }

  private static String nameOf(User user) {
    String name =
        ((user.getLastName() == null ? "" : user.getLastName())
                + " "
                + (user.getFirstName() == null ? "" : user.getFirstName()))
            .strip();
    return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
  }
}
