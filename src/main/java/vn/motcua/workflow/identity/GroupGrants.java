package vn.motcua.workflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import vn.motcua.workflow.identity.RolePermissions.Grant;

/**
 * Makes a group's standing grants (every resource of a type, and the webapps) exactly a role's:
 * missing permissions added, extra ones taken away, so a database written by an older, looser
 * version is tightened at the next start. Grants on single resources (the engine's per-task grants)
 * are left as they are.
 */
final class GroupGrants {

  private final AuthorizationService authorizations;

  GroupGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  void reconcile(String groupId, List<Grant> role) {
    List<Authorization> standing =
        new ArrayList<>(
            authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceId(ANY).list());
    standing.addAll(
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(groupId)
            .resourceType(Resources.APPLICATION)
            .list());
    for (Grant grant : role) {
      Optional<Authorization> existing =
          standing.stream().filter(a -> matches(a, grant)).findFirst();
      existing.ifPresent(standing::remove);
      Authorization authorization = existing.orElseGet(() -> newGrant(groupId, grant));
      if (existing.isEmpty() || !sameGrant(authorization, grant)) {
        authorization.setPermissions(grant.permissions().toArray(Permission[]::new));
        authorizations.saveAuthorization(authorization);
      }
    }
    // what the role does not name: an older version's grant, or a revoke nobody asked for
    standing.forEach(extra -> authorizations.deleteAuthorization(extra.getId()));
  }

  private Authorization newGrant(String groupId, Grant grant) {
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    return authorization;
  }

  private static boolean matches(Authorization authorization, Grant grant) {
    return authorization.getAuthorizationType() == AUTH_TYPE_GRANT
        && authorization.getResourceType() == grant.resource().resourceType()
        && Objects.equals(authorization.getResourceId(), grant.resourceId());
  }

  /**
   * The engine keeps permissions as a bit mask; the API offers no other way to see that nothing
   * extra is granted.
   */
  private static boolean sameGrant(Authorization authorization, Grant grant) {
    int wanted =
        grant.permissions().stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
    return ((AuthorizationEntity) authorization).getPermissions() == wanted;
  }
}
