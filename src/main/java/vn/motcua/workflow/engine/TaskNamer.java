package vn.motcua.workflow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.Dossiers;
import vn.motcua.workflow.ProcessVariables;

/**
 * Names each new task of a dossier after its step, the dossier code and the applicant ({@link
 * TaskNames}), so that an officer's list in Tasklist says whose dossier waits. The applicant's name
 * is personal data: {@link PersonalDataHistoryFilter} keeps it out of the historic task.
 */
class TaskNamer implements TaskListener {

  private final Dossiers dossiers;

  TaskNamer(Dossiers dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    String code = ProcessVariables.text(task, ProcessVariables.DOSSIER_CODE);
    if (code == null) {
      return;
    }
    String applicant;
    try {
      applicant = dossiers.get(code).applicantName();
    } catch (DossierNotFoundException e) {
      // a process started by hand in Cockpit for a code that is no dossier: the code alone
      applicant = null;
    }
    task.setName(TaskNames.forOfficers(task.getName(), code, applicant));
  }
}
