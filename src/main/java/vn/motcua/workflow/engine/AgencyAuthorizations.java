package vn.motcua.workflow.engine;

import java.util.Arrays;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default grants, with two changes.
 *
 * <ul>
 *   <li>None to the user who deploys: Camunda gives that user ALL on the new deployment, so an
 *       analyst could delete what they deployed, and with {@code cascade} the dossiers running on
 *       it. Analysts read every deployment through their group's grant already
 *       (workflow.identity.RolePermissions).
 *   <li>The leaders of the agency whose officers a task is for may read it (with the dossier's
 *       variables) and hand it to one of those officers (phân công): READ, READ_VARIABLE and
 *       TASK_ASSIGN, never TASK_WORK, so a leader neither claims nor completes a specialist's
 *       assessment; who may receive it is checked by {@code TaskReassignment}.
 * </ul>
 */
class AgencyAuthorizations extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newDeployment(Deployment deployment) {
    return null;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(
      Task task, String groupId, String identityLinkType) {
    AuthorizationEntity[] defaults =
        super.newTaskGroupIdentityLink(task, groupId, identityLinkType);
    if (!IdentityLinkType.CANDIDATE.equals(identityLinkType)
        || groupId == null
        || TaskGroups.isLeaders(groupId)
        || groupId.indexOf('-') < 0) {
      return defaults;
    }
    AuthorizationEntity leaders =
        createOrUpdateAuthorization(
            task,
            null,
            TaskGroups.leadersOf(TaskGroups.agencyOf(groupId)),
            Resources.TASK,
            false,
            TaskPermissions.READ,
            TaskPermissions.READ_VARIABLE,
            TaskPermissions.TASK_ASSIGN);
    AuthorizationEntity[] given = defaults == null ? new AuthorizationEntity[0] : defaults;
    AuthorizationEntity[] all = Arrays.copyOf(given, given.length + 1);
    all[given.length] = leaders;
    return all;
  }
}
