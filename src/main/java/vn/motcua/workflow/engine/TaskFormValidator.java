package vn.motcua.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import vn.motcua.catalog.FieldError;
import vn.motcua.catalog.FormDefinition;

/**
 * Validates every task completion against the task's Camunda Form on the server, because form-js
 * validates only in the browser and the REST API takes any variables. Installed on every user task
 * with a form, before the listeners the BPMN declares.
 */
class TaskFormValidator implements TaskListener {

  private final ObjectMapper objectMapper;
  private final FieldErrorMessages messages;
  private final Clock clock;

  private final PerTaskDefinition<FormDefinition> forms = new PerTaskDefinition<>(this::load);

  TaskFormValidator(ObjectMapper objectMapper, FieldErrorMessages messages, Clock clock) {
    this.clock = clock;
    this.objectMapper = objectMapper;
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    FormDefinition form = forms.of(task);
    List<FieldError> errors = form.validate(task.getVariables(), false, LocalDate.now(clock));
    if (!errors.isEmpty()) {
      throw new FormFieldValidationException(errors, messages.describe(errors));
    }
  }

  private FormDefinition load(DelegateTask task) {
    try (InputStream in =
        task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
      return FormDefinition.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), objectMapper);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read the form of task " + task.getTaskDefinitionKey(), e);
    }
  }
}
