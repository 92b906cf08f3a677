package vn.motcua.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.Stage;
import vn.motcua.workflow.ProcessVariables;

/**
 * At a stage that may transfer the dossier to another agency, puts on the new task the agencies it
 * may go to ({@code <stage>TransferChoices}, task-local), which the form's select offers.
 */
class TransferChoices implements TaskListener {

  /** What a task without a transfer reads as. */
  private static final Stage NONE = new Stage("none", null, List.of());

  private final DossierDecisions decisions;
  private final PerTaskDefinition<Stage> transferring =
      new PerTaskDefinition<>(TransferChoices::transferringStage);

  TransferChoices(DossierDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    Stage stage = transferring.of(task);
    String code = ProcessVariables.text(task, ProcessVariables.DOSSIER_CODE);
    if (stage == NONE || code == null) {
      return;
    }
    task.setVariableLocal(
        stage.transferChoicesVariable(), JsonOptions.of(decisions.transferTargets(code)));
  }

  private static Stage transferringStage(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    if (userTask == null || !StageProperties.declaresStage(userTask)) {
      return NONE;
    }
    StageProperties.Reading reading = StageProperties.read(userTask);
    if (!reading.isStage()
        || reading.stage().decisions().stream().noneMatch(Stage.Decision::transfers)) {
      return NONE;
    }
    return reading.stage();
  }
}
