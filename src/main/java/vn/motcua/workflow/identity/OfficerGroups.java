package vn.motcua.workflow.identity;

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
 *
 * <p>Groups follow from agency × role: an agency valid today gets a group for each role it has
 * ({@link Agency#roles()}), no other. Nothing is ever deleted: the groups of an agency no longer
 * valid, or of a role it no longer has, stay with their members and tasks as history, and the
 * application adds nobody to them (docs/agencies.md).
 */
@Component
@Order(30)
class OfficerGroups implements ApplicationRunner {

  static final String ANALYSTS = "analysts";

  private final Agencies agencies;
  private final IdentityService identity;
  private final GroupGrants grants;

  OfficerGroups(Agencies agencies, IdentityService identity, AuthorizationService authorizations) {
    this.agencies = agencies;
    this.identity = identity;
    this.grants = new GroupGrants(authorizations);
  }

  /** At start every group's grants are made exact, those of older versions tightened. */
  @Override
  public void run(ApplicationArguments args) {
    ensureGroups(true);
  }

  /**
   * An agency tree imported while the application runs gets its officers' groups at once, not at
   * the next start, in the import's transaction; only the new groups need their grants.
   */
  @EventListener
  void on(AgenciesChanged changed) {
    ensureGroups(false);
  }

  void ensureGroups(boolean reconcileExisting) {
    for (Agency agency : agencies.all()) {
      for (String role : agency.roles()) {
        String groupId = groupId(agency.id(), role);
        boolean created = ensureGroup(groupId, roleLabel(role) + " — " + agency.name());
        if (created || reconcileExisting) {
          grants.reconcile(groupId, RolePermissions.OFFICER);
        }
      }
    }
    ensureGroup(ANALYSTS, "Chuyên viên nghiệp vụ quy trình (analyst)");
    grants.reconcile(ANALYSTS, RolePermissions.ANALYST);
  }

  static String groupId(String agencyId, String role) {
    return agencyId + "-" + role;
  }

  static String roleLabel(String role) {
    return switch (role) {
      case "onestop" -> "Bộ phận một cửa";
      case "specialist" -> "Chuyên viên";
      default -> "Lãnh đạo";
    };
  }

  /** Whether the group had to be created. */
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
}
