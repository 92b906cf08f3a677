package vn.motcua.applicant.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;
import vn.motcua.applicant.Applicants;
import vn.motcua.applicant.EidIdentity;
import vn.motcua.applicant.EidLogin;
import vn.motcua.applicant.InvalidAccountDataException;
import vn.motcua.shared.PublicUrls;

/**
 * Sign-in with VNeID through the national portal's OpenID Connect provider, whichever provider
 * {@code spring.security.oauth2.client.registration.vneid} and its {@code provider} name: the demo's
 * sandbox or {@code xacthuc.dichvucong.gov.vn} (README). The authorization request asks for the level of
 * assurance in {@code acr_values} ({@code motcua.eid.acr-values}, LoA1) and carries PKCE; the claims become
 * an applicant through {@link Applicants#linkOrCreateFromEid}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.security.oauth2.client.registration." + EidLogin.REGISTRATION_ID, name = "client-id")
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class VneidLogin implements EidLogin {

  private final Applicants applicants;
  private final ClientRegistrationRepository registrations;
  private final String citizenIdClaim;
  private final String acrValues;

  VneidLogin(Applicants applicants, OAuth2ClientProperties clients, PublicUrls urls,
             @Value("${motcua.eid.citizen-id-claim}") String citizenIdClaim,
             @Value("${motcua.eid.acr-values:}") String acrValues) {
    this.applicants = applicants;
    this.registrations = new EidClientRegistrations(clients, urls);
    this.citizenIdClaim = citizenIdClaim;
    this.acrValues = acrValues;
  }

  /** The registrations the OAuth2 client uses everywhere (Spring Boot's own repository then steps aside). */
  @Bean
  ClientRegistrationRepository clientRegistrationRepository() {
    return registrations;
  }

  @Override
  public void configure(OAuth2LoginConfigurer<HttpSecurity> login) {
    DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
        OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce().andThen(request -> {
      if (StringUtils.hasText(acrValues)) {
        request.additionalParameters(parameters -> parameters.put("acr_values", acrValues));
      }
    }));
    OidcUserService users = new OidcUserService();
    // the user info endpoint is asked whenever the provider has one: VNeID's claims may come from either place
    users.setRetrieveUserInfo(request ->
        StringUtils.hasText(request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri()));
    users.setOidcUserMapper(this::applicant);
    login.clientRegistrationRepository(registrations)
        // the provider's tokens are needed only to sign in: kept with the session, gone with it
        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users));
  }

  private OidcUser applicant(OidcUserRequest request, OidcUserInfo userInfo) {
    EidIdentity identity = EidClaims.identity(request.getIdToken(), userInfo, citizenIdClaim);
    try {
      return new ApplicantOidcUser(applicants.linkOrCreateFromEid(identity).username(), request.getIdToken(), userInfo);
    } catch (InvalidAccountDataException e) {
      boolean citizenId = e.errors().stream().anyMatch(error -> error.field().equals("citizenId"));
      OAuth2Error error = citizenId
          ? new OAuth2Error(INVALID_CITIZEN_ID, "The citizen-ID claim '" + citizenIdClaim + "' is missing or malformed", null)
          : new OAuth2Error(UNUSABLE_IDENTITY, "The e-ID identity cannot hold an account: " + e.errors(), null);
      throw new OAuth2AuthenticationException(error, error.getDescription(), e);
    }
  }
}
