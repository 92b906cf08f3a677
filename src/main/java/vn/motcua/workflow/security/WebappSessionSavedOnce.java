package vn.motcua.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The webapps' API answers Tasklist, Cockpit and Admin with its body held until Camunda's filters
 * are done. Camunda's authentication filter puts the signed-in user back into the session after
 * each request, once the answer is written; Spring Session saves the session when the answer is
 * committed, so it read the session again and saved it a second time: four transactions per request
 * instead of two (PostgreSQL's log of one Tasklist page, docs/benchmark.md). Held, the answer is
 * committed after Camunda's filter, and the session saved once. The answers are small (pages of 15
 * tasks, forms, diagrams); none streams.
 */
@Configuration
class WebappSessionSavedOnce {

  @Bean
  FilterRegistrationBean<ResponseHeld> webappResponseHeld(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    return EngineFilterOrder.register(
        new ResponseHeld(),
        "camunda-webapp-response-held",
        EngineFilterOrder.RESPONSE_HELD,
        webapps + "/api/*");
  }

  static class ResponseHeld extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, held);
      } finally {
        held.copyBodyToResponse();
      }
    }
  }
}
