package vn.motcua.workflow.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's configuration as the Spring Boot starter makes it, with one SQL mapping of ours: the
 * task query checks authorizations by subqueries instead of Camunda's join of one authorization row
 * per task, which takes seconds at a province's volume (ADR 9, docs/benchmark.md). {@code
 * motcua.engine.task-authorization=join} keeps Camunda's own SQL (the benchmark's "before").
 */
@Configuration
class TaskAuthorizationMapping {

  static final String ENGINE_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String OUR_TASK_MAPPING = "vn/motcua/workflow/engine/mapping/Task.xml";

  /** What the starter's own bean does (CamundaBpmConfiguration), on our subclass. */
  @Bean
  ProcessEngineConfigurationImpl processEngineConfigurationImpl(
      List<ProcessEnginePlugin> plugins,
      @Value("${motcua.engine.task-authorization:subquery}") String taskAuthorization) {
    SpringProcessEngineConfiguration configuration =
        switch (taskAuthorization) {
          case "subquery" -> new SubqueryTaskAuthorization("");
          case "exists" -> new SubqueryTaskAuthorization("_exists");
          case "join" -> new SpringProcessEngineConfiguration();
          default ->
              throw new IllegalArgumentException(
                  "motcua.engine.task-authorization must be subquery, exists or join, not "
                      + taskAuthorization);
        };
    CamundaSpringBootUtil.initCustomFields(configuration);
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }

  /**
   * The engine's MyBatis configuration with our Task.xml in the place of Camunda's, and the shape
   * of its check as a MyBatis property (the suffix of the SQL fragment: {@code ""} ours, {@code
   * "_exists"} Operaton's, for the benchmark).
   */
  static class SubqueryTaskAuthorization extends SpringProcessEngineConfiguration {

    private final String shape;

    SubqueryTaskAuthorization(String shape) {
      this.shape = shape;
    }

    @Override
    protected InputStream getMyBatisXmlConfigurationSteam() {
      String mappings =
          mappings(super.getMyBatisXmlConfigurationSteam())
              .replaceFirst(
                  "<configuration>",
                  "<configuration>\n  <properties><property name=\"motcuaTaskAuthorizationShape\""
                      + " value=\""
                      + shape
                      + "\"/></properties>");
      return new ByteArrayInputStream(mappings.getBytes(StandardCharsets.UTF_8));
    }

    static String mappings(InputStream engineMappings) {
      String mappings;
      try (InputStream in = engineMappings) {
        mappings = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String engineMapper = "\"" + ENGINE_TASK_MAPPING + "\"";
      if (mappings.indexOf(engineMapper) < 0
          || mappings.indexOf(engineMapper) != mappings.lastIndexOf(engineMapper)
          || ReflectUtil.getResource(OUR_TASK_MAPPING) == null) {
        throw new IllegalStateException(
            "the engine's MyBatis mappings no longer name " + ENGINE_TASK_MAPPING + " once");
      }
      return mappings.replace(engineMapper, "\"" + OUR_TASK_MAPPING + "\"");
    }
  }
}
