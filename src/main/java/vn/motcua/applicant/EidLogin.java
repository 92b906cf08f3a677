package vn.motcua.applicant;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sign-in with the national e-ID: a bean only when the OpenID Connect client registration {@value
 * #REGISTRATION_ID} is configured ({@code spring.security.oauth2.client.registration.vneid.*}). The
 * portal's filter chain plugs it into its {@code oauth2Login}; a successful sign-in has the same
 * principal as the login form's (the account's username, role APPLICANT).
 */
public interface EidLogin {

  String REGISTRATION_ID = "vneid";

  /** The error code of a refused sign-in whose citizen-ID claim is missing or malformed. */
  String INVALID_CITIZEN_ID = "invalid_citizen_id";

  /**
   * The error code of a refused sign-in whose identity cannot hold an account (its ID taken as a
   * username).
   */
  String UNUSABLE_IDENTITY = "unusable_identity";

  /**
   * The error code of a refused sign-in whose provider sent no usable claim for what the portal
   * reads ({@link EidClaimsMissingException}).
   */
  String MISSING_CLAIMS = "missing_claims";

  /**
   * The error code of a sign-in that could not reach the provider (its discovery, token or
   * user-info endpoint).
   */
  String PROVIDER_UNAVAILABLE = "provider_unavailable";

  /**
   * Sets the authorization request (with {@code acr_values}) and how the signed-in citizen becomes
   * an applicant; every failed e-ID sign-in, a provider out of reach included, goes to {@code
   * failures} as an {@link org.springframework.security.oauth2.core.OAuth2AuthenticationException}
   * whose error code says why.
   */
  void configure(OAuth2LoginConfigurer<HttpSecurity> login, AuthenticationFailureHandler failures);
}
