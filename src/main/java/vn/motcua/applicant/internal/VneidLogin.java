package vn.motcua.applicant.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.AuthenticationException;
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
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.util.StringUtils;
import vn.motcua.applicant.Applicants;
import vn.motcua.applicant.EidClaimsMissingException;
import vn.motcua.applicant.EidIdentity;
import vn.motcua.applicant.EidLogin;
import vn.motcua.applicant.InvalidAccountDataException;
import vn.motcua.catalog.FieldError;
import vn.motcua.shared.PublicUrls;

/**
 * Sign-in with VNeID through the national portal's OpenID Connect provider, whichever provider
 * {@code spring.security.oauth2.client.registration.vneid} and its {@code provider} name: the
 * demo's sandbox or {@code xacthuc.dichvucong.gov.vn} (docs/edges.md). The authorization request
 * asks for the level of assurance in {@code acr_values} ({@code motcua.eid.acr-values}, LoA1) and
 * carries PKCE; the claims become an applicant through {@link Applicants#linkOrCreateFromEid}. A
 * claim it lacks is logged by name and refuses the sign-in; a provider out of reach is a failed
 * sign-in, with the password still offered on the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    prefix = "spring.security.oauth2.client.registration." + EidLogin.REGISTRATION_ID,
    name = "client-id")
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class VneidLogin implements EidLogin {

  private static final Logger log = LoggerFactory.getLogger(VneidLogin.class);
  private final Applicants applicants;
  private final ClientRegistrationRepository registrations;
  private final String citizenIdClaim;
  private final String acrValues;

  VneidLogin(
      Applicants applicants,
      OAuth2ClientProperties clients,
      PublicUrls urls,
      @Value("${motcua.eid.citizen-id-claim}") String citizenIdClaim,
      @Value("${motcua.eid.acr-values:}") String acrValues) {
    this.applicants = applicants;
    this.registrations = new EidClientRegistrations(clients, urls);
    this.citizenIdClaim = citizenIdClaim;
    this.acrValues = acrValues;
  }

  /**
   * The registrations the OAuth2 client uses everywhere (Spring Boot's own repository then steps
   * aside).
   */
  @Bean
  ClientRegistrationRepository clientRegistrationRepository() {
    return registrations;
  }

  @Override
  public void configure(
      OAuth2LoginConfigurer<HttpSecurity> login, AuthenticationFailureHandler failures) {
    DefaultOAuth2AuthorizationRequestResolver requests =
        new DefaultOAuth2AuthorizationRequestResolver(
            registrations,
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    requests.setAuthorizationRequestCustomizer(
        OAuth2AuthorizationRequestCustomizers.withPkce()
            .andThen(
                request -> {
                  if (StringUtils.hasText(acrValues)) {
                    request.additionalParameters(
                        parameters -> parameters.put("acr_values", acrValues));
                  }
                }));
    OidcUserService users = new OidcUserService();
    // the user info endpoint is asked whenever the provider has one: VNeID's claims may come from
    // either place
    users.setRetrieveUserInfo(
        request ->
            StringUtils.hasText(
                request
                    .getClientRegistration()
                    .getProviderDetails()
                    .getUserInfoEndpoint()
                    .getUri()));
    users.setOidcUserMapper(this::applicant);
    login
        .clientRegistrationRepository(registrations)
        // the provider's tokens are needed only to sign in: kept with the session, gone with it
        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
        .failureHandler(
            (request, response, e) ->
                failures.onAuthenticationFailure(request, response, unreachable(e)))
        .withObjectPostProcessor(
            new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
              @Override
              public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                // the provider's discovery, read as the sign-in starts, fails: the sign-in page
                // says so (not a 500)
                filter.setAuthenticationFailureHandler(
                    (request, response, e) ->
                        failures.onAuthenticationFailure(request, response, unavailable(e)));
                return filter;
              }
            });
  }

  /**
   * A token or user-info endpoint out of reach (Spring Security's codes for a request that got no
   * usable answer).
   */
  private static AuthenticationException unreachable(AuthenticationException e) {
    boolean unreachable =
        e instanceof OAuth2AuthenticationException eid
            && List.of("invalid_token_response", "invalid_user_info_response")
                .contains(eid.getError().getErrorCode());
    return unreachable ? unavailable(e) : e;
  }

  private static OAuth2AuthenticationException unavailable(AuthenticationException e) {
    log.warn("VNeID sign-in failed, the provider cannot be reached: {}", e.getMessage());
    return new OAuth2AuthenticationException(
        new OAuth2Error(PROVIDER_UNAVAILABLE, "The e-ID provider cannot be reached", null), e);
  }

  private OidcUser applicant(OidcUserRequest request, OidcUserInfo userInfo) {
    EidIdentity identity = EidClaims.identity(request.getIdToken(), userInfo, citizenIdClaim);
    try {
      return new ApplicantOidcUser(
          applicants.linkOrCreateFromEid(identity).username(), request.getIdToken(), userInfo);
    } catch (InvalidAccountDataException e) {
      List<String> missing =
          e.errors().stream()
              .filter(error -> "form.required".equals(error.code()))
              .map(FieldError::field)
              .toList();
      if (!missing.isEmpty()) {
        List<String> claims = missing.stream().map(this::claim).toList();
        // names only, no values: an operator checks the scopes asked for and the claim names
        // configured
        log.warn(
            "VNeID sign-in refused: no usable claim {} (scopes asked: {})",
            claims,
            request.getClientRegistration().getScopes());
        throw new EidClaimsMissingException(missing, "The e-ID sent no usable claim " + claims);
      }
      boolean citizenId = e.errors().stream().anyMatch(error -> error.field().equals("citizenId"));
      OAuth2Error error =
          citizenId
              ? new OAuth2Error(
                  INVALID_CITIZEN_ID,
                  "The citizen-ID claim '" + citizenIdClaim + "' is missing or malformed",
                  null)
              : new OAuth2Error(
                  UNUSABLE_IDENTITY,
                  "The e-ID identity cannot hold an account: " + e.errors(),
                  null);
      throw new OAuth2AuthenticationException(error, error.getDescription(), e);
    }
  }

  /** The claim an account field is read from ({@link EidClaims}). */
  private String claim(String field) {
    return switch (field) {
      case "citizenId" -> citizenIdClaim;
      case "fullName" -> StandardClaimNames.NAME;
      case "dateOfBirth" -> StandardClaimNames.BIRTHDATE;
      default -> field;
    };
  }
}
