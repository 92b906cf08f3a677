package vn.motcua.workflow.delegate;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.motcua.workflow.ProcessVariables;

/**
 * The glue of most steps: a system step hands the process's dossier code to one module's method; a
 * task listener hands it what the officer entered in one field of the task's form, and who they
 * are.
 */
final class DossierSteps {

  private DossierSteps() {}

  /** A module's method that records an officer's entry on a dossier. */
  @FunctionalInterface
  interface OfficerEntry {
    void record(String dossierCode, String value, String officer);
  }

  static JavaDelegate handingCode(Consumer<String> step) {
    return execution -> step.accept(ProcessVariables.dossierCode(execution));
  }

  static TaskListener recordingField(String variable, OfficerEntry entry) {
    return task ->
        entry.record(
            ProcessVariables.dossierCode(task),
            ProcessVariables.text(task, variable),
            ProcessVariables.actor());
  }
}
