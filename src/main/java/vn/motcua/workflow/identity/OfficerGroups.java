package vn.motcua.workflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;

/**
 * Camunda groups per agency and role, and what each may do: one-stop officers
 * ({@code <agency>-onestop}), specialists ({@code <agency>-specialist}) and leaders
 * ({@code <agency>-leader}) use Tasklist and see a task only when their group is its candidate
 * (the engine grants that per task); analysts use Cockpit and deploy. Idempotent: run at every start.
 */
@Component
@Order(30)
class OfficerGroups implements ApplicationRunner {

  static final List<String> ROLES = List.of("onestop", "specialist", "leader");
  static final String ANALYSTS = "analysts";

  private final Agencies agencies;
  private final IdentityService identity;
  private final AuthorizationService authorizations;

  OfficerGroups(Agencies agencies, IdentityService identity, AuthorizationService authorizations) {
    this.agencies = agencies;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureGroups();
  }

  /** An agency tree imported while the application runs gets its officers' groups at once, not at the next start. */
  @org.springframework.context.event.EventListener
  void on(vn.motcua.catalog.AgenciesChanged changed) {
    ensureGroups();
  }

  void ensureGroups() {
    for (Agency agency : agencies.all()) {
      for (String role : ROLES) {
        String groupId = agency.id() + "-" + role;
        if (ensureGroup(groupId, roleLabel(role) + " — " + agency.name())) {
          grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
          grant(groupId, Resources.FILTER, ANY, Permissions.READ);
          grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
      }
    }
    if (ensureGroup(ANALYSTS, "Chuyên viên nghiệp vụ quy trình (analyst)")) {
      grant(ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(ANALYSTS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(ANALYSTS, Resources.DEPLOYMENT, ANY, Permissions.ALL);
      grant(ANALYSTS, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL);
      grant(ANALYSTS, Resources.DECISION_DEFINITION, ANY, Permissions.ALL);
      grant(ANALYSTS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      grant(ANALYSTS, Resources.FILTER, ANY, Permissions.READ);
    }
  }

  static String roleLabel(String role) {
    return switch (role) {
      case "onestop" -> "Bộ phận một cửa";
      case "specialist" -> "Chuyên viên";
      default -> "Lãnh đạo";
    };
  }

  /** Creates the group if missing; answers whether it was created. */
  private boolean ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return false;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType("WORKFLOW");
    identity.saveGroup(group);
    return true;
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }
}
