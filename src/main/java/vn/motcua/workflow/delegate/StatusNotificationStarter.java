package vn.motcua.workflow.delegate;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierStatusChanged;

/**
 * Every status change starts a status-notification process in the same transaction: its steps are
 * asynchronous jobs with retries, so mail, SMS and the portal push never block the officer's task
 * that caused the change, and a failing one becomes an incident in Cockpit instead of being lost.
 */
@Component
class StatusNotificationStarter {

  static final String PROCESS = "status-notification";

  private final RuntimeService runtime;

  StatusNotificationStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(DossierStatusChanged change) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("dossierCode", change.dossierCode());
    variables.put("changeId", change.changeId().toString());
    variables.put("status", change.to().name());
    variables.put("changedAt", Date.from(change.at()));
    // the note is the officer's reason, shown to the applicant; it carries no identity numbers
    variables.put("note", change.note());
    runtime.startProcessInstanceByKey(PROCESS, change.dossierCode(), variables);
  }
}
