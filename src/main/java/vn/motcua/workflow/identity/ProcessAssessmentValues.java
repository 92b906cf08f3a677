package vn.motcua.workflow.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;
import vn.motcua.paper.AssessmentValues;

/**
 * The values a dossier's result prints, from the variables of its running process instances
 * (business key = dossier code), as the assessment's task form completed them.
 */
@Component
class ProcessAssessmentValues implements AssessmentValues {

  private final RuntimeService runtime;

  ProcessAssessmentValues(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public Map<String, Object> of(String dossierCode, Collection<String> names) {
    Map<String, Object> values = new HashMap<>();
    if (names.isEmpty()) {
      return values;
    }
    List<String> instances =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierCode).list().stream()
            .map(ProcessInstance::getId)
            .toList();
    if (instances.isEmpty()) {
      return values;
    }
    for (VariableInstance variable :
        runtime
            .createVariableInstanceQuery()
            .processInstanceIdIn(instances.toArray(String[]::new))
            .variableNameIn(names.toArray(String[]::new))
            .disableCustomObjectDeserialization()
            .list()) {
      if (variable.getValue() != null) {
        values.putIfAbsent(variable.getName(), variable.getValue());
      }
    }
    return values;
  }
}
