package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import vn.motcua.applicant.EidClaimsMissingException;
import vn.motcua.applicant.EidLogin;

/**
 * Where a failed sign-in goes: back to the login page with what went wrong (a wrong ID or password,
 * the account locked after repeated failures, or not activated yet) and the login typed kept. An
 * account not activated is reported only after the right password, so the page can then offer to
 * send a new activation code to that account. A sign-in with the national e-ID that failed (refused
 * at the provider, a provider out of reach, claims it did not send, or a citizen ID this system
 * cannot accept) comes back to the login page with why, where the password sign-in stays offered.
 */
@Component
class LoginFailures implements AuthenticationFailureHandler {

  static final String LAST_LOGIN = LoginFailures.class.getName() + ".LAST_LOGIN";
  static final String PENDING_ACTIVATION = LoginFailures.class.getName() + ".PENDING_ACTIVATION";

  /** The account fields whose claims the e-ID did not send, for the sign-in page to name. */
  static final String EID_MISSING = LoginFailures.class.getName() + ".EID_MISSING";

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof OAuth2AuthenticationException eid) {
      String why =
          switch (eid.getError().getErrorCode()) {
            case EidLogin.INVALID_CITIZEN_ID -> QueryParameters.EID_CITIZEN_ID;
            case EidLogin.PROVIDER_UNAVAILABLE -> QueryParameters.EID_UNREACHABLE;
            case EidLogin.MISSING_CLAIMS -> QueryParameters.EID_MISSING;
            default -> QueryParameters.EID_ERROR;
          };
      if (e instanceof EidClaimsMissingException missing) {
        request.getSession().setAttribute(EID_MISSING, missing.fields());
      }
      response.sendRedirect(request.getContextPath() + "/dang-nhap?" + why);
      return;
    }
    String login = request.getParameter("username");
    var session = request.getSession();
    session.setAttribute(LAST_LOGIN, login);
    String why;
    if (e instanceof LockedException) {
      why = QueryParameters.LOCKED;
    } else if (e instanceof DisabledException) {
      why = QueryParameters.NOT_ACTIVATED;
      session.setAttribute(PENDING_ACTIVATION, login);
    } else {
      why = QueryParameters.ERROR;
    }
    response.sendRedirect(request.getContextPath() + "/dang-nhap?" + why);
  }
}
