package vn.motcua.workflow.engine;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A task the process comes back to (the leader returned the dossier, a verification is done) goes
 * to the officer who completed it last, when they still belong to a group it is offered to: they
 * know the dossier. After a transfer the groups are another agency's, and the task stays open to
 * that agency's officers.
 */
class BackToPreviousOfficer implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null || task.getProcessInstanceId() == null) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    List<String> groups = TaskGroups.candidateGroups(task);
    if (groups.isEmpty()) {
      return;
    }
    String previous =
        context.runWithoutAuthorization(
            () ->
                task
                    .getProcessEngineServices()
                    .getHistoryService()
                    .createHistoricTaskInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .taskDefinitionKey(task.getTaskDefinitionKey())
                    .finished()
                    .orderByHistoricTaskInstanceEndTime()
                    .desc()
                    .listPage(0, 1)
                    .stream()
                    .map(HistoricTaskInstance::getAssignee)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null));
    if (previous == null) {
      return;
    }
    boolean member =
        context.runWithoutAuthorization(
            () ->
                context
                        .getReadOnlyIdentityProvider()
                        .createGroupQuery()
                        .groupMember(previous)
                        .groupIdIn(groups.toArray(String[]::new))
                        .count()
                    > 0);
    if (member) {
      task.setAssignee(previous);
    }
  }
}
