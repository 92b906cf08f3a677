package vn.motcua.portal.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import vn.motcua.applicant.Applicants;

/**
 * Where a sign-in lands, by the login form or the national e-ID: the page the citizen was on their
 * way to, else their dossiers; but an account that still lacks a contact address (one the e-ID has
 * just created) goes to the profile page first, which asks for it.
 */
@Component
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

  private final Applicants applicants;

  LoginSuccess(Applicants applicants) {
    this.applicants = applicants;
    setDefaultTargetUrl("/ho-so-cua-toi");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws ServletException, IOException {
    boolean incomplete =
        applicants
            .find(authentication.getName())
            .map(profile -> blank(profile.address()) || blank(profile.phone()))
            .orElse(false);
    if (incomplete) {
      clearAuthenticationAttributes(request);
      getRedirectStrategy()
          .sendRedirect(request, response, "/tai-khoan?" + QueryParameters.INCOMPLETE);
      return;
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
