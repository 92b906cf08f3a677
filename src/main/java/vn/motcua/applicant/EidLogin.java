package vn.motcua.applicant;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;

/**
 * Sign-in with the national e-ID: a bean only when the OpenID Connect client registration
 * {@value #REGISTRATION_ID} is configured ({@code spring.security.oauth2.client.registration.vneid.*}).
 * The portal's filter chain plugs it into its {@code oauth2Login}; a successful sign-in has the same
 * principal as the login form's (the account's username, role APPLICANT).
 */
public interface EidLogin {

  String REGISTRATION_ID = "vneid";

  /** The error code of a refused sign-in whose citizen-ID claim is missing or malformed. */
  String INVALID_CITIZEN_ID = "invalid_citizen_id";

  /** The error code of a refused sign-in whose identity cannot hold an account (no name, or its ID taken as a username). */
  String UNUSABLE_IDENTITY = "unusable_identity";

  /** Sets the authorization request (with {@code acr_values}) and how the signed-in citizen becomes an applicant. */
  void configure(OAuth2LoginConfigurer<HttpSecurity> login);
}
