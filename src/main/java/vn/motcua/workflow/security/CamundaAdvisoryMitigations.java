package vn.motcua.workflow.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The two advisories against Camunda 7.24.0 CE that are fixed only in paid releases (DESIGN.md,
 * "Camunda 7.24 facts"), mitigated in front of Camunda's servlets, in the order {@link
 * EngineFilterOrder} gives: the expression guard reads JSON bodies, so it runs after the body limit
 * and the engine REST authentication (Camunda's webapp filters are appended after every filter
 * registered here).
 */
@Configuration
class CamundaAdvisoryMitigations {

  /** Expressions in queries: refused at the engine REST API and at the webapps' copy of it. */
  @Bean
  FilterRegistrationBean<QueryExpressionFilter> queryExpressionFilter(
      MessageSource messages,
      LocaleResolver locales,
      @Value("${spring.jersey.application-path:/engine-rest}") String engineRest,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    return EngineFilterOrder.register(
        new QueryExpressionFilter(messages, locales),
        "camunda-query-expression-guard",
        EngineFilterOrder.QUERY_EXPRESSIONS,
        engineRest + "/*",
        webapps + "/api/engine/*");
  }

  /**
   * Admin's setup endpoint creates an administrator for an anonymous caller whenever {@code
   * camunda-admin} has no direct member. The first administrator comes from {@code
   * camunda.bpm.admin-user} instead, and {@link CamundaAdminMembers} keeps the group from starting
   * empty.
   */
  @Bean
  FilterRegistrationBean<Filter> adminSetupBlock(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    Filter forbidden =
        (request, response, chain) ->
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
    return EngineFilterOrder.register(
        forbidden,
        "camunda-admin-setup-block",
        EngineFilterOrder.ADMIN_SETUP_BLOCK,
        webapps + "/api/admin/setup/*");
  }
}
