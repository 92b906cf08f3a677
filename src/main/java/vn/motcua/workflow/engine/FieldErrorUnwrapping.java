package vn.motcua.workflow.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a generic exception, which Camunda's REST
 * API answers with 500. A rejected task completion is the officer's mistake, not the server's: this
 * interceptor hands the validation error back unwrapped, and the REST API answers 400 with our
 * Vietnamese message (Tasklist shows it under the form).
 */
class FieldErrorUnwrapping extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException validation) {
          throw validation;
        }
        if (cause instanceof TaskAssignmentRefused refused) {
          throw refused;
        }
      }
      throw e;
    }
  }
}
