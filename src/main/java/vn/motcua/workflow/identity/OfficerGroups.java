package vn.motcua.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.AgenciesChanged;
import vn.motcua.catalog.Agency;

/**
 * Camunda groups per agency and role, and what each may do: one-stop officers ({@code
 * <agency>-onestop}), specialists ({@code <agency>-specialist}) and leaders ({@code
 * <agency>-leader}) use Tasklist and see a task only when their group is its candidate (the engine
 * grants that per task); analysts use Cockpit and deploy. What each may do is {@link
 * RolePermissions}, made exact at every start (idempotent).
 */
@Component
@Order(30)
public class OfficerGroups implements ApplicationRunner {

  /** The roles an officer has at an agency: the suffix of the agency's groups. */
  public static final List<String> ROLES = List.of("onestop", "specialist", "leader");

  static final String ANALYSTS = "analysts";

  private final Agencies agencies;
  private final IdentityService identity;
  private final GroupGrants grants;

  OfficerGroups(Agencies agencies, IdentityService identity, AuthorizationService authorizations) {
    this.agencies = agencies;
    this.identity = identity;
    this.grants = new GroupGrants(authorizations);
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureGroups();
  }

  /**
   * An agency tree imported while the application runs gets its officers' groups at once, not at
   * the next start.
   */
  @EventListener
  void on(AgenciesChanged changed) {
    ensureGroups();
  }

  void ensureGroups() {
    for (Agency agency : agencies.all()) {
      for (String role : ROLES) {
        String groupId = agency.id() + "-" + role;
        ensureGroup(groupId, roleLabel(role) + " — " + agency.name());
        grants.reconcile(groupId, RolePermissions.OFFICER);
      }
    }
    ensureGroup(ANALYSTS, "Chuyên viên nghiệp vụ quy trình (analyst)");
    grants.reconcile(ANALYSTS, RolePermissions.ANALYST);
  }

  static String roleLabel(String role) {
    return switch (role) {
      case "onestop" -> "Bộ phận một cửa";
      case "specialist" -> "Chuyên viên";
      default -> "Lãnh đạo";
    };
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType("WORKFLOW");
    identity.saveGroup(group);
  }
}
