package vn.motcua.workflow.delegate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;

/** The few variables delegates read, and who is acting. */
final class ProcessVariables {

  static final String SYSTEM_ACTOR = vn.motcua.dossier.DossierDecisions.SYSTEM_ACTOR;

  private ProcessVariables() {}

  static String dossierCode(VariableScope scope) {
    return (String) scope.getVariable("dossierCode");
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** The Camunda user completing the task; the system when a job runs. */
  static String actor() {
    var commandContext = Context.getCommandContext();
    String user = commandContext == null ? null : commandContext.getAuthenticatedUserId();
    return user == null ? SYSTEM_ACTOR : user;
  }
}
