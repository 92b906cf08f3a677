package vn.motcua.workflow.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.workflow.security.EngineFilterOrder;

/**
 * {@code /engine-rest} answers only to Camunda accounts (HTTP Basic against the engine's identity),
 * and what an account may do there is decided by Camunda's authorizations. The REST starter has no
 * authentication of its own.
 */
@Configuration
class EngineRestAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuthentication() {
    // before any filter that reads the body: an anonymous caller is refused without it being read
    var registration =
        EngineFilterOrder.register(
            new ProcessEngineAuthenticationFilter(),
            "camunda-rest-basic-auth",
            EngineFilterOrder.AUTHENTICATION,
            "/engine-rest/*");
    registration.addInitParameter(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
