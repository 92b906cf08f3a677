package vn.motcua.workflow;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs administrators in to this application's own pages ({@code /admin/**}) with their Camunda
 * accounts: members of {@code camunda-admin} get ROLE_ADMIN. Deliberately not an
 * AuthenticationProvider bean: Spring Security would make a lone provider bean the citizens' one
 * too.
 */
@Component
public class CamundaAdmins {

  private final IdentityService identity;

  CamundaAdmins(IdentityService identity) {
    this.identity = identity;
  }

  public Authentication authenticate(Authentication attempt) {
    String user = attempt.getName();
    String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    if (!identity.checkPassword(user, password)) {
      throw new BadCredentialsException("wrong user or password");
    }
    boolean admin =
        identity.createGroupQuery().groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
    return UsernamePasswordAuthenticationToken.authenticated(
        user, null, admin ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN")) : List.of());
  }
}
