package vn.motcua.workflow.delegate;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.workflow.ProcessElements;
import vn.motcua.workflow.ProcessVariables;

/**
 * A dossier received gets its appointment watched (process {@code appointment-watch}): when it will
 * miss the appointment, its agency drafts an apology with a new date and the leader approves it.
 * One watch per dossier: a dossier received again after a supplement keeps the one it has.
 */
@Component
class AppointmentWatchStarter {

  private final RuntimeService runtime;

  AppointmentWatchStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(DossierStatusChanged change) {
    if (change.to() != DossierStatus.RECEIVED || change.from() == DossierStatus.RECEIVED) {
      return;
    }
    long watching =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(ProcessElements.APPOINTMENT_WATCH)
            .processInstanceBusinessKey(change.dossierCode())
            .count();
    if (watching == 0) {
      runtime.startProcessInstanceByKey(
          ProcessElements.APPOINTMENT_WATCH,
          change.dossierCode(),
          Map.of(ProcessVariables.DOSSIER_CODE, change.dossierCode()));
    }
  }
}
