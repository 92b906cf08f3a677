package vn.motcua.workflow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.motcua.dossier.Dossiers;
import vn.motcua.workflow.ProcessVariables;

/**
 * Puts the dossier on each new task as markdown ({@code dossierSummary}, rendered by {@link
 * Dossiers#summary}), which the task forms show read-only: the officer reads the dossier in
 * Tasklist without the process carrying personal data in its variables. The variable is task-local
 * and kept out of history.
 */
class DossierSummaryWriter implements TaskListener {

  private final Dossiers dossiers;

  DossierSummaryWriter(Dossiers dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    String code = ProcessVariables.text(task, ProcessVariables.DOSSIER_CODE);
    if (code != null) {
      task.setVariableLocal(ProcessVariables.DOSSIER_SUMMARY, dossiers.summary(code));
    }
  }
}
