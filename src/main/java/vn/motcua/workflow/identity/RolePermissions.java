package vn.motcua.workflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each role group may do, the whole of it: {@link GroupGrants} makes a group's grants on these
 * resources exactly this at every start. What a group may do with one task is not here: the engine
 * grants it per task to the task's candidate groups (READ, UPDATE and, since {@code
 * enforceSpecificVariablePermission} is on, READ_VARIABLE). So no grant below names a task
 * permission, not even on a process definition (READ_TASK, UPDATE_TASK, TASK_WORK,
 * READ_TASK_VARIABLE there would open every dossier's task to the whole group). {@code
 * camunda-admin} is the engine's administrator group and needs no grant.
 */
final class RolePermissions {

  record Grant(Resource resource, String resourceId, List<Permission> permissions) {

    Grant(Resource resource, String resourceId, Permission... permissions) {
      this(resource, resourceId, List.of(permissions));
    }
  }

  private RolePermissions() {}

  /**
   * One-stop officers, specialists and leaders: Tasklist, its saved filters, and the process
   * definitions Tasklist names tasks after. Their agency's tasks come from the engine's per-task
   * grants.
   */
  static final List<Grant> OFFICER =
      List.of(
          new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
          new Grant(Resources.FILTER, ANY, Permissions.READ),
          new Grant(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));

  /**
   * Analysts deploy (Modeler's deploy button: CREATE, and READ to see what is deployed) and watch
   * in Cockpit: definitions, running and finished dossiers, incidents, and the step durations of
   * history. Retrying a failed job is theirs too: they read the incident and know whether the
   * outside service is back. No variables (the dossiers' personal data; Law 91/2025), no start,
   * stop, suspension, modification or deletion of dossiers, no deletion of deployments (with
   * cascade it would delete running dossiers). Tasklist for the one task that is theirs by
   * candidate group: the payment reconciliation's differences.
   */
  static final List<Grant> ANALYST =
      List.of(
          new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
          new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
          new Grant(Resources.FILTER, ANY, Permissions.READ),
          new Grant(Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ),
          new Grant(
              Resources.PROCESS_DEFINITION,
              ANY,
              ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.READ_INSTANCE,
              ProcessDefinitionPermissions.READ_HISTORY,
              ProcessDefinitionPermissions.RETRY_JOB),
          new Grant(Resources.DECISION_DEFINITION, ANY, Permissions.READ),
          new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
}
