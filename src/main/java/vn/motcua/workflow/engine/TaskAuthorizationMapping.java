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
 * motcua.engine.task-authorization=join} keeps Camunda's own SQL (the benchmark's "before"); {@code
 * subquery-first} and {@code exists} are the other shapes measured, {@code
 * motcua.engine.task-distinct=always} keeps Camunda's {@code distinct} on every task query.
 */
@Configuration
class TaskAuthorizationMapping {

  static final String ENGINE_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String OUR_TASK_MAPPING = "vn/motcua/workflow/engine/mapping/Task.xml";

  /** What the starter's own bean does (CamundaBpmConfiguration), on our subclass. */
  @Bean
  ProcessEngineConfigurationImpl processEngineConfigurationImpl(
      List<ProcessEnginePlugin> plugins,
      @Value("${motcua.engine.task-authorization:subquery}") String taskAuthorization,
      @Value("${motcua.engine.task-distinct:when-needed}") String taskDistinct) {
    boolean distinctWhenNeeded =
        switch (taskDistinct) {
          case "when-needed" -> true;
          case "always" -> false;
          default ->
              throw new IllegalArgumentException(
                  "motcua.engine.task-distinct must be when-needed or always, not " + taskDistinct);
        };
    SpringProcessEngineConfiguration configuration =
        switch (taskAuthorization) {
          case "subquery" -> new SubqueryTaskAuthorization("", true, distinctWhenNeeded);
          case "subquery-first" -> new SubqueryTaskAuthorization("", false, distinctWhenNeeded);
          case "exists" -> new SubqueryTaskAuthorization("_exists", false, distinctWhenNeeded);
          case "join" -> new SpringProcessEngineConfiguration();
          default ->
              throw new IllegalArgumentException(
                  "motcua.engine.task-authorization must be subquery, subquery-first, exists or"
                      + " join, not "
                      + taskAuthorization);
        };
    CamundaSpringBootUtil.initCustomFields(configuration);
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }

  /**
   * The engine's MyBatis configuration with our Task.xml in the place of Camunda's, and its choices
   * as MyBatis properties: the shape of the check (the suffix of the SQL fragment: {@code ""} ours,
   * {@code "_exists"} Operaton's, for the benchmark), whether ours reads the grants of each
   * resource type apart (the first version read them all for each), and whether the query leaves
   * out {@code distinct} where no join can repeat a task (on H2 and PostgreSQL only, where it was
   * measured).
   */
  static class SubqueryTaskAuthorization extends SpringProcessEngineConfiguration {

    private final String shape;
    private final boolean perResourceType;
    private final boolean distinctWhenNeeded;

    SubqueryTaskAuthorization(String shape, boolean perResourceType, boolean distinctWhenNeeded) {
      this.shape = shape;
      this.perResourceType = perResourceType;
      this.distinctWhenNeeded = distinctWhenNeeded;
    }

    @Override
    protected InputStream getMyBatisXmlConfigurationSteam() {
      boolean measured = "postgres".equals(databaseType) || "h2".equals(databaseType);
      String mappings =
          mappings(super.getMyBatisXmlConfigurationSteam())
              .replaceFirst(
                  "<configuration>",
                  "<configuration>\n  <properties>"
                      + property("motcuaTaskAuthorizationShape", shape)
                      + property("motcuaTaskAuthorizationPerType", String.valueOf(perResourceType))
                      + property(
                          "motcuaDistinctWhenNeeded",
                          String.valueOf(distinctWhenNeeded && measured))
                      + "</properties>");
      return new ByteArrayInputStream(mappings.getBytes(StandardCharsets.UTF_8));
    }

    private static String property(String name, String value) {
      return "<property name=\"" + name + "\" value=\"" + value + "\"/>";
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
