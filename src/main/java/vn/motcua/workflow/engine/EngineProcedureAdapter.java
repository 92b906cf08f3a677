package vn.motcua.workflow.engine;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

  EngineProcedureAdapter(RuntimeService runtime) {
    this.runtime = runtime;
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
