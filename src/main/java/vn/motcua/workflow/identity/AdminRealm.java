package vn.motcua.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The administrators' pages of this application ({@code /admin/**}, such as the outbox) sign in
 * with the same Camunda accounts as Cockpit and Admin, and only members of {@code camunda-admin}
 * pass: one identity for officers and administrators, as DESIGN.md's security realms say.
 */
@Configuration
class AdminRealm {

  @Bean
  @Order(0)
  SecurityFilterChain adminPages(HttpSecurity http, IdentityService identity) throws Exception {
    return http.securityMatcher("/admin/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
        .httpBasic(basic -> basic.realmName("motcua-admin"))
        .authenticationManager(authentication -> authenticate(identity, authentication))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  private static Authentication authenticate(IdentityService identity, Authentication attempt) {
    String user = attempt.getName();
    String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    if (!identity.checkPassword(user, password)) {
      throw new BadCredentialsException("wrong user or password");
    }
    boolean admin = identity.createGroupQuery().groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
    return UsernamePasswordAuthenticationToken.authenticated(user, null,
        admin ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN")) : List.of());
  }
}
