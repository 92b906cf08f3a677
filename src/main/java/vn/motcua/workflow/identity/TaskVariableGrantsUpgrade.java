package vn.motcua.workflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Once per database: since {@code enforceSpecificVariablePermission} is on, the engine gives a
 * task's candidate groups and assignee READ_VARIABLE beside READ; tasks created before have READ
 * only, and their officers would no longer see the dossier on the form. Marked done by an engine
 * property, so it runs once, not at every start.
 */
@Component
@Order(29)
class TaskVariableGrantsUpgrade implements ApplicationRunner {

  static final String DONE = "motcua.task-variable-grants";
  private static final int PAGE = 500;

  private final AuthorizationService authorizations;
  private final ManagementService management;

  TaskVariableGrantsUpgrade(AuthorizationService authorizations, ManagementService management) {
    this.authorizations = authorizations;
    this.management = management;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (management.getProperties().containsKey(DONE)) {
      return;
    }
    int first = 0;
    List<Authorization> page;
    do {
      page =
          authorizations
              .createAuthorizationQuery()
              .resourceType(Resources.TASK)
              .authorizationType(AUTH_TYPE_GRANT)
              .hasPermission(Permissions.READ)
              .orderByResourceId()
              .asc()
              .listPage(first, PAGE);
      for (Authorization grant : page) {
        if (!ANY.equals(grant.getResourceId())
            && !grant.isPermissionGranted(TaskPermissions.READ_VARIABLE)) {
          grant.addPermission(TaskPermissions.READ_VARIABLE);
          authorizations.saveAuthorization(grant);
        }
      }
      first += PAGE;
    } while (page.size() == PAGE);
    management.setProperty(DONE, "true");
  }
}
