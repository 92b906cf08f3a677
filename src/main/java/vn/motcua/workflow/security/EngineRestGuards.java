package vn.motcua.workflow.security;

import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Guards of Camunda's REST APIs that are ours, not advisories': bounded bodies and no task
 * deletion.
 */
@Configuration
class EngineRestGuards {

  @Bean
  FilterRegistrationBean<BodyLimit> engineRestBodyLimit(
      MessageSource messages,
      LocaleResolver locales,
      @Value("${motcua.engine-rest.max-body-size}") DataSize maxBody,
      @Value("${motcua.engine-rest.max-deployment-size}") DataSize maxDeployment,
      @Value("${spring.jersey.application-path:/engine-rest}") String engineRest,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    return EngineFilterOrder.register(
        new BodyLimit(maxBody, maxDeployment, new ProblemResponses(messages, locales)),
        "camunda-rest-body-limit",
        EngineFilterOrder.BODY_LIMIT,
        engineRest + "/*",
        webapps + "/api/*");
  }

  @Bean
  FilterRegistrationBean<TaskDeletionBlock> taskDeletionBlock(
      MessageSource messages,
      LocaleResolver locales,
      @Value("${spring.jersey.application-path:/engine-rest}") String engineRest,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    String webappsEngine = webapps + "/api/engine/engine/";
    return EngineFilterOrder.register(
        new TaskDeletionBlock(
            new ProblemResponses(messages, locales),
            Pattern.quote(engineRest),
            Pattern.quote(webappsEngine) + "[^/]+"),
        "camunda-task-deletion-block",
        EngineFilterOrder.TASK_DELETION_BLOCK,
        engineRest + "/task/*",
        webappsEngine + "*");
  }
}
