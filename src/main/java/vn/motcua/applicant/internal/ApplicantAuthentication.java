package vn.motcua.applicant.internal;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How applicants' passwords are checked, by the portal's login form and the API's HTTP Basic alike.
 * A check is counted in the database before the password is looked at, and refused while the
 * account is locked or while the wrong passwords and the checks under way reach the lockout
 * threshold (so guesses sent all at once stop at the threshold); such a sign-in waits a moment for
 * the checks under way rather than being refused, since an API client may well send its requests in
 * parallel. An account not yet activated is refused only after the right password, so that "not
 * activated" never tells a stranger that an ID has an account.
 */
@Configuration
class ApplicantAuthentication {

  /** How long a sign-in waits for the checks under way: they take a fraction of a second each. */
  private static final Duration WAIT = Duration.ofMillis(50);

  private static final int MAX_WAITS = 100;

  @Bean
  DaoAuthenticationProvider applicantAuthenticationProvider(
      ApplicantService accounts, SignInLockout lockout, PasswordEncoder passwordEncoder) {
    DaoAuthenticationProvider provider =
        new DaoAuthenticationProvider(accounts) {
          @Override
          protected void additionalAuthenticationChecks(
              UserDetails user, UsernamePasswordAuthenticationToken authentication) {
            boolean right = false;
            try {
              super.additionalAuthenticationChecks(user, authentication);
              right = true;
            } finally {
              lockout.endPasswordCheck(user.getUsername(), right);
            }
          }
        };
    provider.setPasswordEncoder(passwordEncoder);
    provider.setPreAuthenticationChecks(user -> startCheck(lockout, user.getUsername()));
    provider.setPostAuthenticationChecks(
        user -> {
          if (!user.isEnabled()) {
            throw new DisabledException("account not activated");
          }
        });
    return provider;
  }

  private static void startCheck(SignInLockout lockout, String username) {
    for (int waits = 0; ; waits++) {
      SignInLockout.CheckStart start = lockout.startPasswordCheck(username);
      if (start == SignInLockout.CheckStart.STARTED) {
        return;
      }
      if (start == SignInLockout.CheckStart.LOCKED || waits == MAX_WAITS) {
        throw new LockedException("account locked");
      }
      try {
        Thread.sleep(WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LockedException("interrupted while waiting for the checks under way");
      }
    }
  }
}
