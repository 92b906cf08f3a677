package vn.motcua.workflow.delegate;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.workflow.ProcessElements;
import vn.motcua.workflow.ProcessVariables;

/**
 * Every status change starts a status-notification process in the same transaction: its steps are
 * asynchronous jobs with retries, so mail, SMS and the portal push never block the officer's task
 * that caused the change, and a failing one becomes an incident in Cockpit instead of being lost.
 */
@Component
class StatusNotificationStarter {

  private final RuntimeService runtime;

  StatusNotificationStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(DossierStatusChanged change) {
    // one variable: the status, time and note are on the dossier's timeline under this id
    runtime.startProcessInstanceByKey(
        ProcessElements.STATUS_NOTIFICATION,
        change.dossierCode(),
        Map.of(ProcessVariables.CHANGE_ID, change.changeId().toString()));
  }
}
