package vn.motcua.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
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
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority(OfficerAuthorities.ROLE));
    for (Group group : identity.createGroupQuery().groupMember(user).list()) {
      for (String role : Agency.ROLES) {
        String suffix = "-" + role;
        if (group.getId().endsWith(suffix) && group.getId().length() > suffix.length()) {
          String agency = group.getId().substring(0, group.getId().length() - suffix.length());
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
