package vn.motcua.workflow;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Agency;
import vn.motcua.shared.OfficerAuthorities;

/**
 * Signs officers in to this application's own endpoints that officers share with applicants (the
 * slips of a dossier, an agency's register) with their Camunda accounts: {@code ROLE_OFFICER} and
 * the agencies of their groups ({@link OfficerAuthorities}). A Camunda account in no agency's group
 * (an analyst, an administrator) signs in with no agency, and so may open nothing there. Not an
 * AuthenticationProvider bean, for the reason {@link CamundaAdmins} gives.
 */
@Component
public class CamundaOfficers {

  private final IdentityService identity;

  CamundaOfficers(IdentityService identity) {
    this.identity = identity;
  }

  public Authentication authenticate(Authentication attempt) {
    String user = attempt.getName();
    String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    if (user == null || user.isBlank() || !identity.checkPassword(user, password)) {
      throw new BadCredentialsException("wrong user or password");
    }
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    return officer(user, groups);
  }

  /**
   * The officer signed in to the Camunda webapps in this browser session (Tasklist), so that a link
   * on a task form opens without a second sign-in; empty when the session has none.
   */
  public Optional<Authentication> fromWebappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
    if (signedIn == null) {
      return Optional.empty();
    }
    return signedIn.getAuthentications().stream()
        .filter(a -> a.getIdentityId() != null)
        .findFirst()
        .map(
            a -> officer(a.getIdentityId(), a.getGroupIds() == null ? List.of() : a.getGroupIds()));
  }

  /** {@code ROLE_OFFICER} and one agency for each {@code <agency>-<role>} group. */
  private static Authentication officer(String user, List<String> groups) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority(OfficerAuthorities.ROLE));
    for (String group : groups) {
      for (String role : Agency.ROLES) {
        String suffix = "-" + role;
        if (group.endsWith(suffix) && group.length() > suffix.length()) {
          String agency = group.substring(0, group.length() - suffix.length());
          authorities.add(OfficerAuthorities.agency(agency));
          if ("onestop".equals(role)) {
            authorities.add(OfficerAuthorities.desk(agency));
          }
        }
      }
    }
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }
}
