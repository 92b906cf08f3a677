package vn.motcua.applicant.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account from Spring Security's authentication events, whichever door
 * they came through (the portal's login form or the API's HTTP Basic), so that guessing is cut off
 * after a few tries ({@code motcua.accounts.lockout.*}). A success clears the count.
 */
@Component
class LoginAttempts {

  private final ApplicantService accounts;

  LoginAttempts(ApplicantService accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    accounts.loginFailed(event.getAuthentication().getName());
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + ApplicantService.ROLE))) {
      accounts.loginSucceeded(event.getAuthentication().getName());
    }
  }
}
