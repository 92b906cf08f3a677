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
import vn.motcua.applicant.EidLogin;

/**
 * Where a failed sign-in goes: back to the login page with what went wrong (a wrong ID or password,
 * the account locked after repeated failures, or not activated yet) and the login typed kept. An
 * account not activated is reported only after the right password, so the page can then offer to
 * send a new activation code to that account. A sign-in with the national e-ID that failed (refused at the
 * provider, or a citizen ID this system cannot accept) comes back to the login page with why.
 */
@Component
class LoginFailures implements AuthenticationFailureHandler {

  static final String LAST_LOGIN = LoginFailures.class.getName() + ".LAST_LOGIN";
  static final String PENDING_ACTIVATION = LoginFailures.class.getName() + ".PENDING_ACTIVATION";

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof OAuth2AuthenticationException eid) {
      boolean citizenId = EidLogin.INVALID_CITIZEN_ID.equals(eid.getError().getErrorCode());
      response.sendRedirect(request.getContextPath() + "/dang-nhap?" + (citizenId ? "eidSoDinhDanh" : "eidLoi"));
      return;
    }
    String login = request.getParameter("username");
    var session = request.getSession();
    session.setAttribute(LAST_LOGIN, login);
    String why;
    if (e instanceof LockedException) {
      why = "khoa";
    } else if (e instanceof DisabledException) {
      why = "chuaKichHoat";
      session.setAttribute(PENDING_ACTIVATION, login);
    } else {
      why = "loi";
    }
    response.sendRedirect(request.getContextPath() + "/dang-nhap?" + why);
  }
}
