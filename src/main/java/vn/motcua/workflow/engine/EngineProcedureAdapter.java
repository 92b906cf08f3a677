package vn.motcua.workflow.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.delivery.ParcelEvent;
import vn.motcua.dossier.ProcedureEngine;
import vn.motcua.payment.PaymentConfirmed;
import vn.motcua.workflow.ProcessElements;
import vn.motcua.workflow.ProcessVariables;

/**
 * The engine behind the dossier module's port, and the correlation of what payment and delivery
 * report. Everything runs in the caller's transaction (Spring's, which the engine joins), so a
 * dossier row and its process state commit together or not at all.
 */
@Component
class EngineProcedureAdapter implements ProcedureEngine {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;

  EngineProcedureAdapter(RuntimeService runtime, TaskService tasks, IdentityService identity) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
  }

  /**
   * Completes the reception task as the officer, with the officer's groups, so the engine checks
   * the officer's authorizations and the decision recorder writes the officer on the timeline.
   */
  @Override
  public void receivedAtCounter(String dossierCode, String officer) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossierCode)
            .taskDefinitionKey(ProcessElements.USER_TASK_RECEIVE_DOSSIER)
            .singleResult();
    if (task == null) {
      return;
    }
    List<String> groups =
        identity.createGroupQuery().groupMember(officer).list().stream().map(Group::getId).toList();
    identity.setAuthentication(officer, groups);
    try {
      tasks.claim(task.getId(), officer);
      tasks.complete(
          task.getId(), Map.of("receiveDecision", "accept", "identityChecked", Boolean.TRUE));
    } finally {
      identity.clearAuthentication();
    }
  }

  @Override
  public String start(
      String processDefinitionId, String dossierCode, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(variables);
    all.put(ProcessVariables.DOSSIER_CODE, dossierCode);
    ProcessInstance instance =
        runtime
            .createProcessInstanceById(processDefinitionId)
            .businessKey(dossierCode)
            .setVariables(all)
            .execute();
    return instance.getId();
  }

  @Override
  public void supplementSubmitted(String dossierCode) {
    correlate(ProcessElements.SUPPLEMENT_SUBMITTED, dossierCode);
  }

  @Override
  public void withdrawalRequested(String dossierCode) {
    correlate(ProcessElements.WITHDRAWAL_REQUESTED, dossierCode);
  }

  /** Synchronous on purpose: the confirmation and the process step commit in one transaction. */
  @EventListener
  void on(PaymentConfirmed confirmed) {
    correlate(ProcessElements.PAYMENT_CONFIRMED, confirmed.dossierCode());
  }

  @EventListener
  void on(ParcelEvent event) {
    correlate(
        event.delivered() ? ProcessElements.PARCEL_DELIVERED : ProcessElements.PARCEL_RETURNED,
        event.dossierCode());
  }

  private void correlate(String message, String dossierCode) {
    runtime
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(dossierCode)
        .correlateWithResult();
  }
}
