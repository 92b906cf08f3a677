package vn.motcua.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.motcua.delivery.Deliveries;
import vn.motcua.workflow.ProcessVariables;

/** Records who received the result at the counter (also after a parcel came back). */
@Component("handOverRecorder")
class HandOverRecorder implements TaskListener {

  private final Deliveries deliveries;

  HandOverRecorder(Deliveries deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public void notify(DelegateTask task) {
    deliveries.recordHandOver(
        ProcessVariables.dossierCode(task),
        ProcessVariables.text(task, ProcessVariables.RECIPIENT_NAME),
        ProcessVariables.actor());
  }
}
