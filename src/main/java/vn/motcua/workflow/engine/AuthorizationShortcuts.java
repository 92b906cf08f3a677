package vn.motcua.workflow.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager with two shortcuts, each the same grants and the same meaning
 * as Camunda's (ADR 9, fourth round).
 *
 * <p><b>The task query's check narrowed to the grants the user holds</b> ({@code
 * motcua.engine.task-check=narrowed}). Before each task query it reads the user's few grants that
 * do not name a single task: a grant on every task ({@code '*'}) and grants on process definitions.
 * Camunda's check asks of every task "is there a grant on its id, or on its definition's key, or on
 * every task?", an {@code OR} no database turns into a join, so PostgreSQL scans every open task
 * and looks each up. Knowing the answer to the last two beforehand,
 *
 * <ul>
 *   <li>a grant on every task: no check (the tasks are all visible, as for Camunda's
 *       administrators);
 *   <li>no grant on any definition (an officer here): the check is the grant on the task's id
 *       alone, a semi-join PostgreSQL can start from the desk's grants or from the tasks;
 *   <li>otherwise: the grant on the task's id or on its definition's key, without {@code '*'}.
 * </ul>
 *
 * One more query by index per task query. Not with revoke checks on (a revoke exists, or {@code
 * authorizationCheckRevokes=always}): Camunda's own check then.
 *
 * <p><b>The user's groups as authenticated</b> ({@code
 * motcua.engine.authorized-groups=as-authenticated}). Camunda leaves out of every check the user's
 * groups that hold no grant at all, and to know them reads every group that holds one, once in each
 * command: in a page of Tasklist, once for the list, once for the count and once for each task's
 * identity links. That saves something for a user of thousands of groups (a directory's), and
 * nothing here, where an officer is in one to three: a group without a grant matches no grant. So
 * up to {@value #FEW_GROUPS} groups are used as they are, and only beyond that read and filtered.
 */
public class AuthorizationShortcuts extends AuthorizationManager {

  static final String GRANTS_BEYOND_TASKS = "motcuaSelectTaskGrantsBeyondSingleTasks";

  /** Up to this many groups, a user's groups are used as authenticated. */
  static final int FEW_GROUPS = 50;

  private final boolean narrowTaskCheck;
  private final boolean groupsAsAuthenticated;

  AuthorizationShortcuts(boolean narrowTaskCheck, boolean groupsAsAuthenticated) {
    this.narrowTaskCheck = narrowTaskCheck;
    this.groupsAsAuthenticated = groupsAsAuthenticated;
  }

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (groupsAsAuthenticated
        && authenticatedGroupIds != null
        && authenticatedGroupIds.size() <= FEW_GROUPS) {
      return new ArrayList<>(authenticatedGroupIds);
    }
    return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
  }

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    AuthorizationCheck check = query.getAuthCheck();
    if (!narrowTaskCheck
        || !check.getShouldPerformAuthorizatioCheck()
        || check.getAuthUserId() == null
        || check.isRevokeAuthorizationCheckEnabled()) {
      return;
    }
    PermissionCheck onTheTask = null;
    PermissionCheck onTheDefinition = null;
    for (PermissionCheck atomic : check.getPermissionChecks().getAllPermissionChecks()) {
      if (atomic.getResourceType() == Resources.TASK.resourceType()
          && atomic.getPerms() == Permissions.READ.getValue()) {
        onTheTask = atomic;
      } else if (atomic.getResourceType() == Resources.PROCESS_DEFINITION.resourceType()
          && atomic.getPerms() == Permissions.READ_TASK.getValue()) {
        onTheDefinition = atomic;
      } else {
        return; // not the check this class knows: leave it to Camunda
      }
    }
    if (onTheTask == null || onTheDefinition == null) {
      return;
    }
    Map<String, Object> grantees = new HashMap<>();
    grantees.put("userId", check.getAuthUserId());
    grantees.put("groupIds", check.getAuthGroupIds());
    List<?> beyond = getDbEntityManager().selectList(GRANTS_BEYOND_TASKS, grantees);
    if (beyond.contains("*")) {
      check.setPermissionChecks(new CompositePermissionCheck());
    } else {
      check.setPermissionChecks(
          new TaskGrantChecks(onTheTask, beyond.isEmpty() ? null : onTheDefinition));
    }
  }

  /** Opens this manager where the engine asks for its {@link AuthorizationManager}. */
  record Factory(boolean narrowTaskCheck, boolean groupsAsAuthenticated) implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new AuthorizationShortcuts(narrowTaskCheck, groupsAsAuthenticated);
    }
  }
}
