package vn.motcua.system.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import vn.motcua.applicant.EidLogin;
import vn.motcua.shared.OfficerAuthorities;
import vn.motcua.shared.SecurityHeaders;
import vn.motcua.workflow.CamundaAdmins;
import vn.motcua.workflow.CamundaOfficers;

/**
 * The citizens' realm (Spring Security). Officers and analysts are Camunda's realm: the webapps at
 * {@code /camunda} have their own login and CSRF protection, and {@code /engine-rest} its own HTTP
 * Basic filter against Camunda's identity, so this configuration steps aside for them. Every chain
 * writes the security headers ({@link SecurityHeaders}); the Camunda advisory mitigations are
 * servlet filters of the workflow module ({@code vn.motcua.workflow.security}).
 */
@Configuration
class WebSecurity {

  private static final ObjectMapper PROBLEMS = new ObjectMapper();

  /**
   * The JSON API: HTTP Basic, no session. With no session cookie there is no ambient credential a
   * forged cross-site request could ride on, so CSRF tokens are not needed here (the portal's pages
   * use sessions and CSRF tokens).
   */
  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/procedures",
                        "/api/v1/procedures/**",
                        "/api/v1/agencies",
                        "/api/v1/agency-levels")
                    .permitAll()
                    // the payment gateway's server-to-server callback: authenticated by its
                    // signature
                    .requestMatchers(HttpMethod.GET, "/api/v1/payments/vnpay/ipn")
                    .permitAll()
                    // the postal carrier's status reports: authenticated by their signature
                    .requestMatchers(HttpMethod.POST, "/api/v1/postal/callback")
                    .permitAll()
                    // dossiers from the national portal: authenticated by their signature
                    .requestMatchers(HttpMethod.POST, "/api/interop/v1/dossiers")
                    .permitAll()
                    .requestMatchers("/api/v1/lookup", "/api/v1/lookup/**")
                    .permitAll()
                    .anyRequest()
                    .hasRole("APPLICANT"))
        .httpBasic(basic -> basic.realmName("motcua"))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .headers(SecurityHeaders.withPolicy(SecurityHeaders.API_POLICY))
        .build();
  }

  /**
   * The administrators' JSON API ({@code /api/admin/**}: the agency tree): Camunda accounts of the
   * {@code camunda-admin} group, HTTP Basic, no session and so no CSRF token, as the rest of {@code
   * /api}. Another Camunda account (an officer, an analyst) gets 403; a citizen's account is not a
   * Camunda account, 401.
   */
  @Bean
  @Order(0)
  SecurityFilterChain adminApi(HttpSecurity http, CamundaAdmins camundaAdmins) throws Exception {
    return forAdministrators(http, "/api/admin/**", camundaAdmins, SecurityHeaders.API_POLICY);
  }

  /**
   * What applicants and officers share: a dossier's slips ({@code
   * /api/v1/dossiers/{code}/slips/**}) and an agency's register ({@code
   * /api/v1/agencies/{id}/register.*}), HTTP Basic, no session and so no CSRF token, as the rest of
   * {@code /api}. An applicant's account is checked first, then a Camunda account (an officer:
   * {@link CamundaOfficers}); the realms stay apart, as the authorities tell an applicant from an
   * officer and the endpoints check each on its own terms.
   */
  @Bean
  @Order(0)
  SecurityFilterChain sharedApi(
      HttpSecurity http,
      @Qualifier("applicantAuthenticationProvider") AuthenticationProvider applicants,
      CamundaOfficers officers)
      throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    AuthenticationProvider camunda = officersOf(officers);
    return http.securityMatcher(
            new OrRequestMatcher(
                paths.matcher("/api/v1/dossiers/*/slips"),
                paths.matcher("/api/v1/dossiers/*/slips/**"),
                paths.matcher("/api/v1/dossiers/*/result/preview.pdf"),
                paths.matcher("/api/v1/agencies/*/register.csv"),
                paths.matcher("/api/v1/agencies/*/register.xlsx")))
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("motcua"))
        .authenticationManager(new ProviderManager(applicants, camunda))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .headers(SecurityHeaders.withPolicy(SecurityHeaders.API_POLICY))
        .build();
  }

  /**
   * The officers' view of a dossier they work ({@code /can-bo/**}: the dossier, its declaration to
   * print, its documents, its timeline), opened from a task form: the officer signed in to Tasklist
   * in this browser is signed in here too (their Camunda session), or signs in with their Camunda
   * account (HTTP Basic). Read-only pages; no session of our own.
   */
  @Bean
  @Order(0)
  SecurityFilterChain officerPages(HttpSecurity http, CamundaOfficers officers) throws Exception {
    OncePerRequestFilter webappSession =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            if (SecurityContextHolder.getContext().getAuthentication() == null) {
              officers
                  .fromWebappSession(request)
                  .ifPresent(a -> SecurityContextHolder.getContext().setAuthentication(a));
            }
            chain.doFilter(request, response);
          }
        };
    return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/can-bo/**"))
        .addFilterBefore(webappSession, BasicAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(OfficerAuthorities.ROLE))
        .httpBasic(basic -> basic.realmName("motcua"))
        .authenticationManager(new ProviderManager(officersOf(officers)))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityHeaders.withPolicy(SecurityHeaders.PAGE_POLICY))
        .build();
  }

  /**
   * The counter ({@code /quay/**}): one-stop officers receive walk-in dossiers there, signed in
   * with their Camunda accounts through a login form of its own ({@code /quay/dang-nhap}), with a
   * session and CSRF tokens. The officer's sign-in is kept under a session key of its own, so it
   * never counts on the portal's pages (nor a citizen's on the counter's). Only members of a
   * one-stop desk ({@code <agency>-onestop}) get in; any other Camunda account gets 403.
   */
  @Bean
  @Order(1)
  SecurityFilterChain counter(HttpSecurity http, CamundaOfficers officers) throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    contexts.setSpringSecurityContextKey("MOTCUA_COUNTER_SECURITY_CONTEXT");
    return http.securityMatcher(
            new OrRequestMatcher(paths.matcher("/quay"), paths.matcher("/quay/**")))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/quay/dang-nhap")
                    .permitAll()
                    .anyRequest()
                    .access(
                        (authentication, request) ->
                            new AuthorizationDecision(
                                !OfficerAuthorities.desks(authentication.get().getAuthorities())
                                    .isEmpty())))
        .authenticationManager(officers::authenticate)
        .securityContext(context -> context.securityContextRepository(contexts))
        .formLogin(
            form ->
                form.loginPage("/quay/dang-nhap")
                    .loginProcessingUrl("/quay/dang-nhap")
                    .defaultSuccessUrl("/quay", true)
                    .failureUrl("/quay/dang-nhap?error"))
        .logout(
            logout ->
                logout.logoutUrl("/quay/dang-xuat").logoutSuccessUrl("/quay/dang-nhap?loggedOut"))
        .headers(SecurityHeaders.withPolicy(SecurityHeaders.PAGE_POLICY))
        .build();
  }

  /** Camunda accounts as officers ({@link CamundaOfficers}). */
  private static AuthenticationProvider officersOf(CamundaOfficers officers) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication attempt) {
        return officers.authenticate(attempt);
      }

      @Override
      public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
      }
    };
  }

  /**
   * The administrators' pages ({@code /admin/**}): Camunda accounts of the {@code camunda-admin}
   * group, HTTP Basic.
   */
  @Bean
  @Order(0)
  SecurityFilterChain adminPages(HttpSecurity http, CamundaAdmins camundaAdmins) throws Exception {
    return forAdministrators(http, "/admin/**", camundaAdmins, SecurityHeaders.PAGE_POLICY);
  }

  /** Camunda accounts of the {@code camunda-admin} group, HTTP Basic, no session, no CSRF token. */
  private static SecurityFilterChain forAdministrators(
      HttpSecurity http, String paths, CamundaAdmins camundaAdmins, String headerPolicy)
      throws Exception {
    return http.securityMatcher(paths)
        .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
        .httpBasic(basic -> basic.realmName("motcua-admin"))
        .authenticationManager(camundaAdmins::authenticate)
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .headers(SecurityHeaders.withPolicy(headerPolicy))
        .build();
  }

  /**
   * Camunda's webapps and REST API, the sandboxes standing in for outside services, and the API
   * documents. The sandbox e-ID provider ({@code /sandbox/vneid}, demo profile) has a chain of its
   * own, ordered before this one.
   */
  @Bean
  @Order(2)
  SecurityFilterChain delegated(HttpSecurity http) throws Exception {
    // path matchers, not MVC ones: the Camunda webapps and Jersey's /engine-rest are servlets of
    // their own
    var paths = PathPatternRequestMatcher.withDefaults();
    return http.securityMatcher(
            new OrRequestMatcher(
                paths.matcher("/camunda/**"),
                paths.matcher("/engine-rest/**"),
                paths.matcher("/sandbox/**"),
                paths.matcher("/v3/api-docs/**"),
                paths.matcher("/swagger-ui/**"),
                paths.matcher("/swagger-ui.html"),
                paths.matcher("/actuator/health/**"),
                paths.matcher("/h2-console/**")))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(SecurityHeaders.byPath())
        .build();
  }

  /**
   * A request the firewall refuses (a {@code //}, a {@code ;parameter}, an encoded dot segment in
   * its path) is a bad request: 400 as a problem in the caller's language, where Spring Security
   * would throw and the container answer 500.
   */
  @Bean
  RequestRejectedHandler requestRejected(MessageSource messages, LocaleResolver locales) {
    return (request, response, rejected) -> {
      Locale locale = locales.resolveLocale(request);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              PROBLEMS.writeValueAsString(
                  Map.of(
                      "type",
                      "about:blank",
                      "status",
                      400,
                      "title",
                      messages.getMessage("security.rejectedRequest", null, locale),
                      "detail",
                      messages.getMessage("security.rejectedRequest.detail", null, locale))));
    };
  }

  /**
   * Spring Security's firewall, run first of all filters: a path such as {@code
   * //engine-rest/version} already fails in the request-path parsing that runs before Spring
   * Security's own firewall (an IllegalArgumentException, 500). Same rules as that firewall (the
   * default {@link StrictHttpFirewall}), same answer.
   */
  @Bean
  FilterRegistrationBean<Filter> firewallFirst(RequestRejectedHandler rejected) {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    Filter filter =
        (request, response, chain) -> {
          try {
            firewall.getFirewalledRequest((HttpServletRequest) request);
          } catch (RequestRejectedException e) {
            rejected.handle((HttpServletRequest) request, (HttpServletResponse) response, e);
            return;
          }
          chain.doFilter(request, response);
        };
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("firewall-first");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * Everything else, the portal: public pages (catalogue, accounts, look-up), the rest for
   * signed-in applicants, with sessions and CSRF. Sign-in by the login form, and by the national
   * e-ID when a provider is configured ({@link EidLogin}); both end in the portal's {@code
   * loginSuccess} and {@code loginFailures} (it knows its pages).
   */
  @Bean
  @Order(3)
  SecurityFilterChain portal(
      HttpSecurity http,
      AuthenticationSuccessHandler loginSuccess,
      AuthenticationFailureHandler loginFailures,
      ObjectProvider<EidLogin> eidLogin)
      throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/",
                        "/error",
                        "/payment/vnpay/return",
                        "/thu-tuc",
                        "/thu-tuc/**",
                        "/tra-cuu",
                        "/tra-cuu/**",
                        "/css/**",
                        "/js/**",
                        "/dang-nhap",
                        "/dang-ky",
                        "/kich-hoat",
                        "/kich-hoat/gui-lai",
                        "/quen-mat-khau",
                        "/dat-lai-mat-khau")
                    .permitAll()
                    .anyRequest()
                    .hasRole("APPLICANT"))
        .formLogin(
            form ->
                form.loginPage("/dang-nhap")
                    .loginProcessingUrl("/dang-nhap")
                    .successHandler(loginSuccess)
                    .failureHandler(loginFailures))
        .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl("/dang-nhap?loggedOut"))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        request -> "XMLHttpRequest".equals(request.getHeader("X-Requested-With")))
                    .accessDeniedHandler(new OversizedUploads()))
        .headers(SecurityHeaders.withPolicy(SecurityHeaders.PAGE_POLICY));
    EidLogin eid = eidLogin.getIfAvailable();
    if (eid != null) {
      // /oauth2/authorization/vneid starts the sign-in, the provider answers at
      // /login/oauth2/code/vneid
      http.oauth2Login(
          login -> {
            login.loginPage("/dang-nhap").successHandler(loginSuccess);
            eid.configure(login, loginFailures);
          });
    }
    return http.build();
  }
}
