package vn.motcua.workflow.delegate;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.DossierStateException;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.Stage;
import vn.motcua.workflow.ProcessVariables;
import vn.motcua.workflow.engine.FieldErrorMessages;
import vn.motcua.workflow.engine.PerTaskDefinition;
import vn.motcua.workflow.engine.StageProperties;

/**
 * Records an officer's decision on the dossier when a decision task completes. The stage and its
 * decisions come from the task's extension properties ({@link StageProperties}), so an analyst adds
 * decision tasks in the modeler.
 */
@Component("decisionRecorder")
class DecisionRecorder implements TaskListener {

  private final DossierDecisions decisions;
  private final FieldErrorMessages messages;
  private final PerTaskDefinition<StageProperties.Reading> stages =
      new PerTaskDefinition<>(DecisionRecorder::stageOf);

  DecisionRecorder(DossierDecisions decisions, FieldErrorMessages messages) {
    this.decisions = decisions;
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    StageProperties.Reading reading = stages.of(task);
    Stage stage = reading.stage();
    try {
      if (reading.isPart()) {
        // a part of an interlinked group: the part moves on, with the result its form produced
        Map<String, Object> values = new HashMap<>();
        for (String field : reading.part().result()) {
          Object value = task.getVariable(field);
          if (value != null) {
            values.put(field, value);
          }
        }
        decisions.decidePart(
            ProcessVariables.dossierCode(task),
            reading.part(),
            ProcessVariables.text(task, stage.decisionVariable()),
            ProcessVariables.text(task, stage.reasonVariable()),
            values,
            ProcessVariables.actor());
        return;
      }
      String decision = ProcessVariables.text(task, stage.decisionVariable());
      if (decision != null
          && stage.decision(decision).map(Stage.Decision::transfers).orElse(false)) {
        // the new agency resolves it: the process loops to this task, offered to its officers
        String to = ProcessVariables.text(task, stage.transferVariable());
        decisions.transfer(
            ProcessVariables.dossierCode(task),
            stage,
            to,
            ProcessVariables.text(task, stage.reasonVariable()),
            ProcessVariables.actor());
        task.getExecution().setVariable(ProcessVariables.RESOLVING_AGENCY, to);
        return;
      }
      decisions.decide(
          ProcessVariables.dossierCode(task),
          stage,
          decision,
          ProcessVariables.text(task, stage.reasonVariable()),
          ProcessVariables.actor());
    } catch (InvalidSubmissionException e) {
      throw new FormFieldValidationException(e.errors(), messages.describe(e.errors()));
    } catch (DossierStateException e) {
      throw new FormFieldValidationException(
          e.status(), messages.describe(e.messageCode(), e.dossierCode(), e.status().label()));
    }
  }

  private static StageProperties.Reading stageOf(DelegateTask task) {
    StageProperties.Reading reading =
        StageProperties.read((UserTask) task.getBpmnModelElementInstance());
    if (!reading.isStage()) {
      throw new IllegalStateException(String.join("; ", reading.problems()));
    }
    return reading;
  }
}
