package vn.motcua.workflow.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task handed to someone who may not work it: the REST API answers 400 with the message, which
 * names the task, the officer and the group ({@link FieldErrorUnwrapping} takes it out of the
 * engine's wrapping).
 */
class TaskAssignmentRefused extends BadUserRequestException {

  TaskAssignmentRefused(String message) {
    super(message);
  }
}
