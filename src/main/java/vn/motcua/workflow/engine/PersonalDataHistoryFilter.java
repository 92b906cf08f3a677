package vn.motcua.workflow.engine;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import vn.motcua.workflow.ProcessVariables;

/**
 * Full history, except for the variables listed here. {@code dossierSummary} is the dossier as an
 * officer reads it on a task (names, ID numbers, addresses): it lives only as long as the task, and
 * copying it into history would keep personal data for the whole history time-to-live, beyond what
 * Law 91/2025/QH15 lets us keep. The dossier itself keeps what must be kept. For the same reason a
 * historic task keeps its step and dossier code but not the applicant's name that the task carries
 * in Tasklist ({@link TaskNames}). Who received a result at the counter (name, ID number, the
 * authorisation) is recorded on the dossier with the ID masked, and kept out of history too.
 */
class PersonalDataHistoryFilter implements HistoryEventHandler {

  static final Set<String> KEPT_OUT_OF_HISTORY =
      Set.of(
          ProcessVariables.DOSSIER_SUMMARY,
          ProcessVariables.RECIPIENT_NAME,
          ProcessVariables.RECIPIENT_ID_NUMBER,
          ProcessVariables.AUTHORISATION_NUMBER,
          ProcessVariables.AUTHORISATION_DATE);

  private final HistoryEventHandler delegate;

  PersonalDataHistoryFilter(HistoryEventHandler delegate) {
    this.delegate = delegate;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable
        && KEPT_OUT_OF_HISTORY.contains(variable.getVariableName())) {
      return;
    }
    if (event instanceof HistoricFormPropertyEventEntity property
        && KEPT_OUT_OF_HISTORY.contains(property.getPropertyId())) {
      // Tasklist submits a form's fields, which history records as form properties too
      return;
    }
    if (event instanceof HistoricTaskInstanceEventEntity task) {
      task.setName(TaskNames.forHistory(task.getName()));
    }
    delegate.handleEvent(event);
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}
