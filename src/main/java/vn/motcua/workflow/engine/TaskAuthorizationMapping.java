package vn.motcua.workflow.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * motcua.engine.task-distinct=always} keeps Camunda's {@code distinct} on every task query, {@code
 * motcua.engine.task-candidates=join} Camunda's join of the identity links for the candidate
 * criteria (ours: an {@code EXISTS}).
 */
@Configuration
class TaskAuthorizationMapping {

  static final String ENGINE_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String OUR_TASK_MAPPING = "vn/motcua/workflow/engine/mapping/Task.xml";
  static final String OUR_AUTHORIZATION_MAPPING =
      "vn/motcua/workflow/engine/mapping/Authorization.xml";

  /** Put before the end of the engine's list of mappers. */
  static final String OUR_AUTHORIZATION_MAPPER =
      "<mapper resource=\"" + OUR_AUTHORIZATION_MAPPING + "\" />\n\t";

  /** What the starter's own bean does (CamundaBpmConfiguration), on our subclass. */
  @Bean
  ProcessEngineConfigurationImpl processEngineConfigurationImpl(
      List<ProcessEnginePlugin> plugins,
      @Value("${motcua.engine.task-authorization:subquery}") String taskAuthorization,
      @Value("${motcua.engine.task-grants:exists}") String taskGrants,
      @Value("${motcua.engine.task-distinct:when-needed}") String taskDistinct,
      @Value("${motcua.engine.task-candidates:exists}") String taskCandidates,
      @Value("${motcua.engine.authorized-groups:as-authenticated}") String authorizedGroups,
      @Value("${motcua.engine.task-check:narrowed}") String taskCheck,
      @Value("${motcua.engine.task-query-plans:per-request}") String taskQueryPlans) {
    boolean grantsExists = choice("task-grants", taskGrants, "exists", "in");
    boolean distinctWhenNeeded = choice("task-distinct", taskDistinct, "when-needed", "always");
    boolean candidatesExists = choice("task-candidates", taskCandidates, "exists", "join");
    boolean groupsAsAuthenticated = authorizedGroups.equals("as-authenticated");
    boolean groupsByIndex =
        groupsAsAuthenticated
            || choice("authorized-groups", authorizedGroups, "by-index", "distinct");
    boolean narrowed = choice("task-check", taskCheck, "narrowed", "full");
    boolean plannedPerRequest = choice("task-query-plans", taskQueryPlans, "per-request", "cached");
    SpringProcessEngineConfiguration configuration =
        switch (taskAuthorization) {
          case "subquery" ->
              new SubqueryTaskAuthorization(
                  new SqlChoices(
                      "",
                      true,
                      grantsExists,
                      distinctWhenNeeded,
                      candidatesExists,
                      groupsByIndex,
                      groupsAsAuthenticated,
                      narrowed,
                      plannedPerRequest));
          case "subquery-first", "exists" ->
              // the shapes measured before ours (ADR 9): without the later rounds' choices
              new SubqueryTaskAuthorization(
                  new SqlChoices(
                      taskAuthorization.equals("exists") ? "_exists" : "",
                      false,
                      false,
                      distinctWhenNeeded,
                      candidatesExists,
                      groupsByIndex,
                      false,
                      false,
                      false));
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

  /** True for {@code ours}, false for {@code other}; anything else refuses to start. */
  private static boolean choice(String property, String value, String ours, String other) {
    if (value.equals(ours) || value.equals(other)) {
      return value.equals(ours);
    }
    throw new IllegalArgumentException(
        "motcua.engine." + property + " must be " + ours + " or " + other + ", not " + value);
  }

  /**
   * The SQL our Task.xml writes, as MyBatis properties: the shape of the check (the suffix of the
   * SQL fragment: {@code ""} ours, {@code "_exists"} Operaton's, for the benchmark), whether ours
   * reads the grants of each resource type apart (the first version read them all for each),
   * whether each of those is an {@code EXISTS} correlated with the task (ADR 9's third round) or a
   * set the task is looked up in (its second), whether the query leaves out {@code distinct} where
   * no join can repeat a task (on H2 and PostgreSQL only, where it was measured), and whether the
   * candidate criteria are an {@code EXISTS} (plain SQL, every database); and whether the groups
   * holding a grant are read by index ({@link SubqueryTaskAuthorization#AUTHORIZED_GROUPS}), or not
   * read at all for a user of few groups ({@link AuthorizationShortcuts}); whether the user's
   * grants beyond single tasks are read before each task query and the check narrowed to what can
   * match ({@link AuthorizationShortcuts}, ADR 9's fourth round); and whether PostgreSQL plans the
   * task queries for each request's values ({@link TaskQueriesPlannedPerRequest}).
   */
  record SqlChoices(
      String shape,
      boolean perResourceType,
      boolean grantsExists,
      boolean distinctWhenNeeded,
      boolean candidatesExists,
      boolean groupsByIndex,
      boolean groupsAsAuthenticated,
      boolean grantsReadFirst,
      boolean plannedPerRequest) {

    /** This application's: {@code motcua.engine.*} left at their defaults. */
    static SqlChoices ours() {
      return new SqlChoices("", true, true, true, true, true, true, true, true);
    }
  }

  /**
   * The engine's MyBatis configuration with our Task.xml in the place of Camunda's, our
   * Authorization.xml beside Camunda's, and the {@link SqlChoices} as MyBatis properties.
   */
  static class SubqueryTaskAuthorization extends SpringProcessEngineConfiguration {

    /**
     * Camunda reads every distinct group that holds a grant, once per command that checks
     * authorizations ({@code AuthorizationManager.getAllGroups}), to leave the user's other groups
     * out of the check: {@code select distinct} over every grant, 20 ms at 110,000 grants, on each
     * request of an officer. On PostgreSQL ours reads the same groups one index probe each.
     */
    static final String AUTHORIZED_GROUPS = "selectAuthorizedGroupIds";

    static final String OUR_AUTHORIZED_GROUPS = "motcuaSelectAuthorizedGroupIdsByIndex";

    private final SqlChoices choices;

    SubqueryTaskAuthorization(SqlChoices choices) {
      this.choices = choices;
    }

    @Override
    protected InputStream getMyBatisXmlConfigurationSteam() {
      boolean measured = "postgres".equals(databaseType) || "h2".equals(databaseType);
      String mappings =
          mappings(super.getMyBatisXmlConfigurationSteam())
              .replaceFirst(
                  "<configuration>",
                  "<configuration>\n  <properties>"
                      + property("motcuaTaskAuthorizationShape", choices.shape())
                      + property(
                          "motcuaTaskAuthorizationPerType",
                          String.valueOf(choices.perResourceType()))
                      + property("motcuaTaskGrantsExists", String.valueOf(choices.grantsExists()))
                      + property(
                          "motcuaDistinctWhenNeeded",
                          String.valueOf(choices.distinctWhenNeeded() && measured))
                      + property(
                          "motcuaCandidatesAsExists", String.valueOf(choices.candidatesExists()))
                      + "</properties>");
      return new ByteArrayInputStream(mappings.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void initSessionFactories() {
      super.initSessionFactories();
      if (choices.grantsReadFirst() || choices.groupsAsAuthenticated()) {
        addSessionFactory(
            new AuthorizationShortcuts.Factory(
                choices.grantsReadFirst(), choices.groupsAsAuthenticated()));
      }
      if ("postgres".equals(databaseType) && choices.plannedPerRequest()) {
        sqlSessionFactory.getConfiguration().addInterceptor(new TaskQueriesPlannedPerRequest());
      }
      if ("postgres".equals(databaseType) && choices.groupsByIndex()) {
        Map<String, String> statements = new HashMap<>();
        if (dbSqlSessionFactory.getStatementMappings() != null) {
          statements.putAll(dbSqlSessionFactory.getStatementMappings());
        }
        statements.put(AUTHORIZED_GROUPS, OUR_AUTHORIZED_GROUPS);
        dbSqlSessionFactory.setStatementMappings(statements);
      }
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
          || mappings.indexOf("</mappers>") < 0
          || mappings.indexOf("</mappers>") != mappings.lastIndexOf("</mappers>")
          || ReflectUtil.getResource(OUR_TASK_MAPPING) == null
          || ReflectUtil.getResource(OUR_AUTHORIZATION_MAPPING) == null) {
        throw new IllegalStateException(
            "the engine's MyBatis mappings no longer name "
                + ENGINE_TASK_MAPPING
                + " once in one list of mappers");
      }
      return mappings
          .replace(engineMapper, "\"" + OUR_TASK_MAPPING + "\"")
          .replace("</mappers>", OUR_AUTHORIZATION_MAPPER + "</mappers>");
    }
  }
}
