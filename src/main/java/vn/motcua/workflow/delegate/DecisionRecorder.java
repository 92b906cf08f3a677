package vn.motcua.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.DossierStateException;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.Stage;
import vn.motcua.workflow.ProcessElements;
import vn.motcua.workflow.ProcessVariables;
import vn.motcua.workflow.engine.FieldErrorMessages;

/**
 * Records an officer's decision on the dossier when a decision task completes. The stage comes from
 * the task's {@code stage} extension property, so an analyst can add decision tasks in the modeler.
 */
@Component("decisionRecorder")
class DecisionRecorder implements TaskListener {

  private final DossierDecisions decisions;
  private final FieldErrorMessages messages;

  DecisionRecorder(DossierDecisions decisions, FieldErrorMessages messages) {
    this.decisions = decisions;
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    Stage stage = Stage.valueOf(stageOf(task).toUpperCase());
    try {
      decisions.decide(
          ProcessVariables.dossierCode(task),
          stage,
          ProcessVariables.text(task, stage.decisionVariable()),
          ProcessVariables.text(task, stage.reasonVariable()),
          ProcessVariables.actor());
    } catch (InvalidSubmissionException e) {
      throw new FormFieldValidationException(e.errors(), messages.describe(e.errors()));
    } catch (DossierStateException e) {
      throw new FormFieldValidationException(
          e.status(), messages.describe(e.messageCode(), e.dossierCode(), e.status().label()));
    }
  }

  private static String stageOf(DelegateTask task) {
    UserTask element = (UserTask) task.getBpmnModelElementInstance();
    if (element.getExtensionElements() != null) {
      for (CamundaProperties properties :
          element
              .getExtensionElements()
              .getElementsQuery()
              .filterByType(CamundaProperties.class)
              .list()) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (ProcessElements.STAGE_PROPERTY.equals(property.getCamundaName())) {
            return property.getCamundaValue();
          }
        }
      }
    }
    throw new IllegalStateException(
        "user task " + task.getTaskDefinitionKey() + " has no 'stage' property");
  }
}
