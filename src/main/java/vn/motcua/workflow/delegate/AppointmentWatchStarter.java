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
 * One watch per dossier: a dossier received again after a supplement keeps the one it has. A
 * dossier that is over (resolved, refused, stopped, withdrawn) ends its watch at once, an apology
 * being drafted or approved with it: nobody apologises for a dossier that is over, and no watch
 * waits for its timer.
 */
@Component
class AppointmentWatchStarter {

  private final RuntimeService runtime;

  AppointmentWatchStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * Where a dossier's appointment no longer matters: it is final, or its result is ready or on its
   * way.
   */
  static boolean over(DossierStatus status) {
    return status.isFinal()
        || status == DossierStatus.RESULT_READY
        || status == DossierStatus.DISPATCHED;
  }

  @EventListener
  void on(DossierStatusChanged change) {
    if (over(change.to()) && !over(change.from())) {
      // only the watch waits for this message; one started from a version deployed before it
      // existed waits for its timer instead, as it did
      runtime
          .createMessageCorrelation(ProcessElements.DOSSIER_ENDED)
          .processInstanceBusinessKey(change.dossierCode())
          .correlateAll();
      return;
    }
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
