package vn.motcua.applicant.internal;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * An applicant signed in with the e-ID: named by the account's username (not the provider's
 * subject) and with the applicants' role, so that everything behind the sign-in sees the same
 * principal as after the login form.
 */
final class ApplicantOidcUser extends DefaultOidcUser {

  private static final long serialVersionUID = 1L;

  private final String username;

  ApplicantOidcUser(String username, OidcIdToken idToken, OidcUserInfo userInfo) {
    super(
        AuthorityUtils.createAuthorityList("ROLE_" + ApplicantService.ROLE),
        idToken,
        userInfo,
        IdTokenClaimNames.SUB);
    this.username = username;
  }

  @Override
  public String getName() {
    return username;
  }
}
