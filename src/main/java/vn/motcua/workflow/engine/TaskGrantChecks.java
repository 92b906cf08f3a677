package vn.motcua.workflow.engine;

import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The task query's permission checks once the officer's grants beyond single tasks are known
 * ({@link AuthorizationShortcuts}): the grant on the task's id, and the grant on its definition's
 * key only when the officer holds one on some definition. Our Task.xml writes no check for a grant
 * on every task ({@code '*'}) when it meets this class: the officer holds none, or the check would
 * not be made at all. With a single check the query is a plain semi-join PostgreSQL can plan from
 * either side (ADR 9, fourth round).
 */
public class TaskGrantChecks extends CompositePermissionCheck {

  private final boolean definitionChecked;

  TaskGrantChecks(PermissionCheck onTheTask, PermissionCheck onTheDefinition) {
    super(true);
    addAtomicCheck(onTheTask);
    definitionChecked = onTheDefinition != null;
    if (definitionChecked) {
      addAtomicCheck(onTheDefinition);
    }
  }

  /**
   * Whether the check reads the task's definition (its key); when not, our Task.xml leaves the
   * definition out of the query.
   */
  public boolean isDefinitionChecked() {
    return definitionChecked;
  }
}
