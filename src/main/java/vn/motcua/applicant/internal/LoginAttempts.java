package vn.motcua.applicant.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Clears an account's count of wrong passwords when a sign-in proves the password right, from Spring
 * Security's authentication events, whichever door it came through (the portal's login form, the API's
 * HTTP Basic, the e-ID). Attempts are counted before the password check ({@link ApplicantAuthentication}),
 * so a right password must take its own attempt back, even when the account turns out not activated yet.
 */
@Component
class LoginAttempts {

  private final ApplicantService accounts;

  LoginAttempts(ApplicantService accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + ApplicantService.ROLE))) {
      accounts.passwordRight(event.getAuthentication().getName());
    }
  }

  /** Thrown only after the right password ({@link ApplicantAuthentication}). */
  @EventListener
  void rightPasswordButInactive(AuthenticationFailureDisabledEvent event) {
    accounts.passwordRight(event.getAuthentication().getName());
  }
}
