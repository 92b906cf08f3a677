package vn.motcua.applicant.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Clears an account's wrong passwords and lock when an applicant signs in, whichever door they came
 * through: the password (whose checks {@link ApplicantAuthentication} counts) or the national e-ID,
 * which proves who the citizen is.
 */
@Component
class LoginAttempts {

  private final SignInLockout lockout;

  LoginAttempts(SignInLockout lockout) {
    this.lockout = lockout;
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals("ROLE_" + ApplicantService.ROLE))) {
      lockout.signedIn(event.getAuthentication().getName());
    }
  }
}
