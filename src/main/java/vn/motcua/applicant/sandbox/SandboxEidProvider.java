package vn.motcua.applicant.sandbox;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.shared.SecurityHeaders;

/**
 * The sandbox e-ID provider: Spring Authorization Server on its own filter chain under {@value
 * #BASE}, whose issuer is {@code http://<this server>/sandbox/vneid} (an issuer with a path:
 * "multiple issuers per host", resolved from each request). One client, the portal ({@code
 * motcua.eid.sandbox.client-id} and {@code -secret}, a sandbox secret refused outside the demo
 * profile), sent back to {@code /login/oauth2/code/vneid} on this server; authorization code with
 * PKCE, no consent screen; its RSA signing key from {@code motcua.eid.sandbox.signing-key}
 * (application-demo.yml ships a demo-only one, so that demo nodes share it: {@link
 * SandboxSigningKey}). The ID token and the user info carry the citizen's identity claims that the
 * scopes granted release, as a real provider's do (the citizen ID under {@code
 * motcua.eid.citizen-id-claim}), and {@code acr} as asked in {@code acr_values}.
 *
 * <p>It shares the host, and so the session cookie, with the portal, yet stays a realm apart: its
 * own citizens (not the applicants' accounts, their password check, lockout or events), and its own
 * session attributes for the signed-in citizen, the request waiting for the sign-in and the CSRF
 * token. Signing in here therefore neither signs anyone into the portal nor takes the place of the
 * page the portal will return to, and a portal session does not sign anyone in here.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class SandboxEidProvider {

  static final String BASE = "/sandbox/vneid";
  static final String LOGIN = BASE + "/dang-nhap";
  static final String REDIRECT_PATH = "/login/oauth2/code/vneid";
  private static final String SESSION_PREFIX = SandboxEidProvider.class.getName() + ".";

  /**
   * Before vn.motcua.system.security.WebSecurity's chain for the sandboxes, which lets /sandbox/**
   * through unauthenticated.
   */
  @Bean
  @Order(-1)
  SecurityFilterChain sandboxEidProviderChain(
      HttpSecurity http,
      PasswordEncoder passwordEncoder,
      @Value("${motcua.eid.sandbox.client-id}") String clientId,
      @Value("${motcua.eid.sandbox.client-secret}") String clientSecret,
      @Value("${motcua.eid.citizen-id-claim}") String citizenIdClaim,
      @Value("${" + SandboxSigningKey.SETTING + ":}") String signingKey)
      throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    JWKSource<SecurityContext> keys = SandboxSigningKey.fromPem(signingKey);
    JwtGenerator idTokens = new JwtGenerator(new NimbusJwtEncoder(keys));
    idTokens.setJwtCustomizer(context -> identityClaims(context, citizenIdClaim));
    RegisteredClient portal =
        RegisteredClient.withId(clientId) // the same on every node
            .clientId(clientId)
            .clientSecret(passwordEncoder.encode(clientSecret))
            .clientName("Một Cửa")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri(
                REDIRECT_PATH) // a path: on this server, whatever its address ({baseUrl} in the
            // portal's registration)
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .scope(OidcScopes.EMAIL)
            .scope(OidcScopes.PHONE)
            .clientSettings(
                ClientSettings.builder()
                    .requireProofKey(true)
                    .requireAuthorizationConsent(false)
                    .build())
            .build();
    OAuth2AuthorizationServerConfigurer server =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(paths.matcher(BASE + "/**"))
        .with(
            server,
            as ->
                as.registeredClientRepository(new InMemoryRegisteredClientRepository(portal))
                    .authorizationServerSettings(
                        AuthorizationServerSettings.builder().multipleIssuersAllowed(true).build())
                    .tokenGenerator(
                        new DelegatingOAuth2TokenGenerator(
                            idTokens,
                            new OAuth2AccessTokenGenerator(),
                            new OAuth2RefreshTokenGenerator()))
                    .authorizationEndpoint(
                        endpoint ->
                            endpoint.authenticationProviders(
                                SandboxEidProvider::redirectsToThisServer))
                    .oidc(
                        oidc ->
                            oidc.userInfoEndpoint(
                                userInfo ->
                                    userInfo.userInfoMapper(
                                        context -> userInfo(context, citizenIdClaim)))))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(LOGIN, BASE + "/*.css")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage(LOGIN)
                    .loginProcessingUrl(LOGIN)
                    .failureUrl(LOGIN + "?error")
                    .defaultSuccessUrl(LOGIN + "?signedIn")
                    .withObjectPostProcessor(signInAgainst(citizens(passwordEncoder))))
        // a browser sent to the authorization endpoint signs in first; the other endpoints answer
        // 401
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN),
                        paths.matcher(HttpMethod.GET, BASE + "/oauth2/authorize"))
                    .defaultAuthenticationEntryPointFor(
                        new BearerTokenAuthenticationEntryPoint(), AnyRequestMatcher.INSTANCE))
        .securityContext(
            context ->
                context.securityContextRepository(
                    new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(
                            SESSION_PREFIX + "SECURITY_CONTEXT"),
                        sessionContexts())))
        .requestCache(cache -> cache.requestCache(requestCache()))
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
        // the user-info endpoint takes the access tokens this provider signed
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer.jwt(
                    jwt -> jwt.decoder(OAuth2AuthorizationServerConfiguration.jwtDecoder(keys))))
        .headers(SecurityHeaders.withPolicy(SecurityHeaders.PAGE_POLICY));
    http.setSharedObject(JWKSource.class, keys);
    return http.build();
  }

  /**
   * Ended sessions reach the provider's record of OpenID Connect sessions (it would keep them all
   * otherwise).
   */
  @Bean
  HttpSessionEventPublisher sandboxEidSessionEvents() {
    return new HttpSessionEventPublisher();
  }

  /**
   * Where the provider keeps the authorization request a citizen signs in for (the login page reads
   * it too).
   */
  static HttpSessionRequestCache requestCache() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setSessionAttrName(SESSION_PREFIX + "SAVED_REQUEST");
    return cache;
  }

  private static HttpSessionSecurityContextRepository sessionContexts() {
    HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    contexts.setSpringSecurityContextKey(SESSION_PREFIX + "SECURITY_CONTEXT");
    return contexts;
  }

  private static HttpSessionCsrfTokenRepository csrfTokens() {
    HttpSessionCsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    tokens.setSessionAttributeName(SESSION_PREFIX + "CSRF_TOKEN");
    return tokens;
  }

  /**
   * The citizens' password check: an authentication manager of its own, without the application's
   * (the applicants') as parent and without events, so a wrong password here counts nowhere in the
   * portal.
   */
  private static AuthenticationManager citizens(PasswordEncoder passwordEncoder) {
    String password = passwordEncoder.encode(SandboxCitizens.PASSWORD);
    InMemoryUserDetailsManager users =
        new InMemoryUserDetailsManager(
            SandboxCitizens.ALL.stream()
                .map(
                    citizen ->
                        User.withUsername(citizen.citizenId())
                            .password(password)
                            .roles("VNEID_CITIZEN")
                            .build())
                .toList());
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(passwordEncoder);
    return new ProviderManager(provider);
  }

  private static ObjectPostProcessor<UsernamePasswordAuthenticationFilter> signInAgainst(
      AuthenticationManager citizens) {
    return new ObjectPostProcessor<>() {
      @Override
      public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
        filter.setAuthenticationManager(citizens);
        return filter;
      }
    };
  }

  /**
   * The registered redirect URIs are paths on this server: each is made absolute with the origin
   * the request came to (the issuer's), then Spring Authorization Server's own checks run, exact
   * matching included.
   */
  private static void redirectsToThisServer(List<AuthenticationProvider> providers) {
    providers.stream()
        .filter(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::isInstance)
        .map(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::cast)
        .forEach(
            provider ->
                provider.setAuthenticationValidator(
                    context -> {
                      String origin =
                          UriComponentsBuilder.fromUriString(
                                  AuthorizationServerContextHolder.getContext().getIssuer())
                              .replacePath(null)
                              .build()
                              .toUriString();
                      RegisteredClient client = context.getRegisteredClient();
                      Set<String> absolute = new HashSet<>();
                      client
                          .getRedirectUris()
                          .forEach(uri -> absolute.add(uri.startsWith("/") ? origin + uri : uri));
                      RegisteredClient onThisServer =
                          RegisteredClient.from(client)
                              .redirectUris(
                                  uris -> {
                                    uris.clear();
                                    uris.addAll(absolute);
                                  })
                              .build();
                      OAuth2AuthorizationCodeRequestAuthenticationValidator
                          .DEFAULT_REDIRECT_URI_VALIDATOR
                          .andThen(
                              OAuth2AuthorizationCodeRequestAuthenticationValidator
                                  .DEFAULT_SCOPE_VALIDATOR)
                          .accept(
                              OAuth2AuthorizationCodeRequestAuthenticationContext.with(
                                      context.getAuthentication())
                                  .registeredClient(onThisServer)
                                  .build());
                    }));
  }

  /**
   * The ID token: the citizen's identity claims (with a subject of the provider's own) and the
   * level of assurance asked for.
   */
  private static void identityClaims(JwtEncodingContext context, String citizenIdClaim) {
    if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
      return;
    }
    SandboxCitizens.find(context.getPrincipal().getName())
        .ifPresent(
            citizen ->
                context
                    .getClaims()
                    .claims(
                        claims ->
                            claims.putAll(
                                citizen.claims(citizenIdClaim, context.getAuthorizedScopes()))));
    OAuth2AuthorizationRequest request =
        context.getAuthorization() == null
            ? null
            : context.getAuthorization().getAttribute(OAuth2AuthorizationRequest.class.getName());
    if (request != null
        && request.getAdditionalParameters().get("acr_values") instanceof String acr
        && !acr.isBlank()) {
      context.getClaims().claim("acr", acr.strip().split("\\s+")[0]);
    }
  }

  private static OidcUserInfo userInfo(
      OidcUserInfoAuthenticationContext context, String citizenIdClaim) {
    return SandboxCitizens.find(context.getAuthorization().getPrincipalName())
        .map(
            citizen ->
                new OidcUserInfo(
                    citizen.claims(
                        citizenIdClaim, context.getAuthorization().getAuthorizedScopes())))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no sandbox citizen " + context.getAuthorization().getPrincipalName()));
  }
}
