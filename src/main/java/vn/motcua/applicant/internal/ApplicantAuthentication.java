package vn.motcua.applicant.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How applicants' passwords are checked, by the portal's login form and the API's HTTP Basic alike. Each
 * attempt is counted in the database before its password is looked at, and a locked account is refused
 * there (so guesses stop counting, even many at once); an account not yet activated only after the right
 * password, so that "not activated" never tells a stranger that an ID has an account.
 */
@Configuration
class ApplicantAuthentication {

  @Bean
  DaoAuthenticationProvider applicantAuthenticationProvider(ApplicantService accounts, PasswordEncoder passwordEncoder) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
    provider.setPasswordEncoder(passwordEncoder);
    provider.setPreAuthenticationChecks(user -> {
      if (!accounts.takeSignInAttempt(user.getUsername())) {
        throw new LockedException("account locked");
      }
    });
    provider.setPostAuthenticationChecks(user -> {
      if (!user.isEnabled()) {
        throw new DisabledException("account not activated");
      }
    });
    return provider;
  }
}
