package vn.motcua.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The task query with our mapping answers what Camunda's own SQL answers on the same tasks and
 * grants, for every candidate criterion, now that the candidate criteria are an {@code EXISTS}
 * without {@code distinct} where Camunda joins the identity links: a task whose two candidate
 * groups are both the officer's is counted once, an assigned task is left out unless asked for, a
 * task the officer holds no grant on stays hidden, and the "or" and involved-user queries (which
 * keep the join) answer as before. On H2 ({@link TaskCandidateCriteriaH2Test}) and PostgreSQL
 * ({@link TaskCandidateCriteriaPostgresTest}).
 */
abstract class TaskCandidateCriteriaScenarios {

  static final String AUTHORIZED_GROUPS =
      TaskAuthorizationMapping.SubqueryTaskAuthorization.AUTHORIZED_GROUPS;

  static DataSource database;
  static ProcessEngine ours;
  static ProcessEngine camundas;
  static Map<String, String> tasks;

  static void tasksAtTwoDesks(DataSource dataSource) {
    database = dataSource;
    ours =
        engine(
            new TaskAuthorizationMapping.SubqueryTaskAuthorization(
                TaskAuthorizationMapping.SqlChoices.ours()));
    camundas = engine(new SpringProcessEngineConfiguration());

    var identity = ours.getIdentityService();
    for (String groupId : List.of("g1", "g2", "g3", "readers", "keepers")) {
      Group group = identity.newGroup(groupId);
      identity.saveGroup(group);
    }
    for (String userId : List.of("u", "other", "reader", "keeper")) {
      User user = identity.newUser(userId);
      identity.saveUser(user);
    }
    identity.createMembership("u", "g1");
    identity.createMembership("u", "g2");
    identity.createMembership("other", "g3");
    identity.createMembership("reader", "readers");
    identity.createMembership("keeper", "keepers");
    identity.createMembership("keeper", "g1");

    TaskService taskService = ours.getTaskService();
    tasks =
        Map.of(
            "both groups", task(taskService, "both groups", null, "g1", "g2"),
            "g1, assigned to another", task(taskService, "g1, assigned to another", "other", "g1"),
            "candidate user", task(taskService, "candidate user", null),
            "another desk's", task(taskService, "another desk's", null, "g3"),
            "g1 and another desk", task(taskService, "g1 and another desk", null, "g1", "g3"),
            "assigned to u, no candidates", task(taskService, "assigned to u, no candidates", "u"),
            "g1, its grant removed", task(taskService, "g1, its grant removed", null, "g1"));
    taskService.addCandidateUser(tasks.get("candidate user"), "u");
    AuthorizationService authorizations = ours.getAuthorizationService();
    authorizations
        .createAuthorizationQuery()
        .resourceType(Resources.TASK)
        .resourceId(tasks.get("g1, its grant removed"))
        .list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));

    // a process task no candidate group holds; "keepers" may read the tasks of its definition,
    // "readers" every task
    ours.getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "p.bpmn",
            Bpmn.createExecutableProcess("p")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("t")
                .name("process task")
                .endEvent()
                .done())
        .deploy();
    ours.getRuntimeService().startProcessInstanceByKey("p");
    grant(authorizations, "keepers", Resources.PROCESS_DEFINITION, "p", Permissions.READ_TASK);
    grant(authorizations, "readers", Resources.TASK, "*", Permissions.READ);
  }

  static void grant(
      AuthorizationService authorizations,
      String group,
      Resources resource,
      String resourceId,
      Permissions permission) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }

  /** The database, stopped once the engines are closed. */
  static AutoCloseable afterTheEngines = () -> {};

  @AfterAll
  static void close() throws Exception {
    ours.close();
    camundas.close();
    afterTheEngines.close();
    afterTheEngines = () -> {};
  }

  @Test
  void theGroupsThatHoldAGrant_areTheOnesCamundaReads() {
    assertThat(authorizedGroups(ours))
        .isEqualTo(authorizedGroups(camundas))
        .containsExactlyInAnyOrder("g1", "g2", "g3", "readers", "keepers");
  }

  /** What the engine reads to leave the user's groups without any grant out of every check. */
  static Set<String> authorizedGroups(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(
            (Command<Set<String>>)
                context -> {
                  List<?> groups = context.getDbEntityManager().selectList(AUTHORIZED_GROUPS);
                  return groups.stream()
                      .filter(Objects::nonNull)
                      .map(String.class::cast)
                      .collect(Collectors.toSet());
                });
  }

  @Test
  void candidateGroups_countATaskOnce_andLeaveOutTheAssigned_theUngranted_andOtherDesks() {
    assertSameAnswer(t -> t.taskCandidateGroupIn(List.of("g1", "g2")))
        .containsExactlyInAnyOrder("both groups", "g1 and another desk");
    assertSameAnswer(t -> t.taskCandidateGroup("g1"))
        .containsExactlyInAnyOrder("both groups", "g1 and another desk");
    assertSameAnswer(t -> t.taskCandidateGroup("g1").includeAssignedTasks())
        .containsExactlyInAnyOrder("both groups", "g1 and another desk", "g1, assigned to another");
    assertSameAnswer(t -> t.taskCandidateGroup("g3"))
        .as("granted only to the other desk")
        .containsExactly("g1 and another desk");
  }

  @Test
  void theCandidateUser_findsTheirGroupsTasksAndTheirOwnCandidacy() {
    assertSameAnswer(t -> t.taskCandidateUser("u"))
        .containsExactlyInAnyOrder("both groups", "g1 and another desk", "candidate user");
    assertSameAnswer(t -> t.taskCandidateUser("u").includeAssignedTasks())
        .containsExactlyInAnyOrder(
            "both groups", "g1 and another desk", "candidate user", "g1, assigned to another");
  }

  @Test
  void likeAndWithCandidates_answerAsCamundasJoin() {
    assertSameAnswer(t -> t.taskCandidateGroupLike("g%"))
        .containsExactlyInAnyOrder("both groups", "g1 and another desk");
    assertSameAnswer(TaskQuery::withCandidateGroups)
        .containsExactlyInAnyOrder("both groups", "g1 and another desk");
    assertSameAnswer(TaskQuery::withCandidateUsers).containsExactly("candidate user");
    assertSameAnswer(TaskQuery::withoutCandidateGroups).containsExactly("candidate user");
  }

  @Test
  void orQueriesAndTheInvolvedUser_keepTheJoin_andAnswerAsBefore() {
    assertSameAnswer(t -> t.or().taskCandidateGroup("g2").taskAssignee("u").endOr())
        .containsExactlyInAnyOrder("both groups", "assigned to u, no candidates");
    assertSameAnswer(t -> t.taskInvolvedUser("u"))
        .containsExactlyInAnyOrder("candidate user", "assigned to u, no candidates");
    assertSameAnswer(t -> t.taskCandidateGroup("g1").taskInvolvedUser("u")).isEmpty();
  }

  @Test
  void aGrantOnEveryTask_showsEveryTask_andOnADefinition_itsTasksBesideTheGroups() {
    assertSameAnswer(as("reader", "readers"), t -> t)
        .as("READ on every task")
        .containsExactlyInAnyOrderElementsOf(
            List.of(
                "both groups",
                "g1, assigned to another",
                "candidate user",
                "another desk's",
                "g1 and another desk",
                "assigned to u, no candidates",
                "g1, its grant removed",
                "process task"));
    assertSameAnswer(as("keeper", "keepers", "g1"), t -> t)
        .as("READ_TASK on the definition, and g1's grants")
        .containsExactlyInAnyOrder(
            "both groups", "g1, assigned to another", "g1 and another desk", "process task");
    assertSameAnswer(as("keeper", "keepers", "g1"), t -> t.taskCandidateGroup("g1"))
        .containsExactlyInAnyOrder("both groups", "g1 and another desk");
    assertSameAnswer(as("u", "g1", "g2", "a group without grants"), t -> t)
        .as("neither: the grants on the tasks alone")
        .containsExactlyInAnyOrder(
            "both groups",
            "g1 and another desk",
            "candidate user",
            "g1, assigned to another",
            "assigned to u, no candidates");
  }

  /**
   * The check the officer's query carries once his grants beyond single tasks are known: the grant
   * on the task's id alone for an officer (without the task's definition), none for a reader of
   * every task, and the definition's key beside the task's id for a keeper of a definition (ADR 9,
   * fourth and fifth rounds).
   */
  @Test
  void theCheck_isNarrowedToTheGrantsTheUserHolds() {
    assertThat(countSql("u", "g1", "g2"))
        .contains("A.RESOURCE_ID_ = RES.ID_")
        .as("nor the definition joined: the count reads the tasks' index (TaskQuerySchema)")
        .doesNotContain("D.KEY_", "RESOURCE_ID_ = '*'", "CASE_EXECUTION_ID_", "ACT_RE_PROCDEF");
    assertThat(countSql("reader", "readers")).doesNotContain("ACT_RU_AUTHORIZATION");
    assertThat(countSql("keeper", "keepers", "g1"))
        .contains("A.RESOURCE_ID_ = RES.ID_", "A.RESOURCE_ID_ = D.KEY_", "ACT_RE_PROCDEF D")
        .doesNotContain("RESOURCE_ID_ = '*'");
  }

  /** The SQL of the task count our engine runs for the user. */
  static String countSql(String user, String... groups) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) ours.getProcessEngineConfiguration();
    ours.getIdentityService().setAuthentication(user, List.of(groups));
    try {
      return configuration
          .getCommandExecutorTxRequired()
          .execute(
              (Command<String>)
                  context -> {
                    context.enableAuthorizationCheck();
                    TaskQueryImpl query = (TaskQueryImpl) ours.getTaskService().createTaskQuery();
                    context.getAuthorizationManager().configureTaskQuery(query);
                    // as TaskQueryImpl.decideAuthorizationJoinType: no case tasks without CMMN
                    query.getAuthCheck().setUseLeftJoin(configuration.isCmmnEnabled());
                    return configuration
                        .getSqlSessionFactory()
                        .getConfiguration()
                        .getMappedStatement(
                            "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity"
                                + ".selectTaskCountByQueryCriteria")
                        .getBoundSql(query)
                        .getSql();
                  });
    } finally {
      ours.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void aPageSortedByDueDate_isTheSameRows() {
    Function<TaskQuery, TaskQuery> query =
        t -> t.taskCandidateUser("u").includeAssignedTasks().orderByTaskName().asc();
    assertThat(names(query.apply(asU(ours)).listPage(1, 2)))
        .isEqualTo(names(query.apply(asU(camundas)).listPage(1, 2)))
        .hasSize(2);
  }

  /** The names of the tasks the query finds as {@code u}: the same in both engines, and counted. */
  static org.assertj.core.api.ListAssert<String> assertSameAnswer(
      Function<TaskQuery, TaskQuery> criteria) {
    return assertSameAnswer(TaskCandidateCriteriaScenarios::asU, criteria);
  }

  /** The same for the user {@code as} authenticates, in both engines. */
  static org.assertj.core.api.ListAssert<String> assertSameAnswer(
      Function<ProcessEngine, TaskQuery> as, Function<TaskQuery, TaskQuery> criteria) {
    List<String> found = names(criteria.apply(as.apply(ours)).list());
    assertThat(found)
        .as("Camunda's SQL")
        .isEqualTo(names(criteria.apply(as.apply(camundas)).list()));
    assertThat(criteria.apply(as.apply(ours)).count())
        .as("the count")
        .isEqualTo(criteria.apply(as.apply(camundas)).count())
        .isEqualTo(found.size());
    return assertThat(found);
  }

  static TaskQuery asU(ProcessEngine engine) {
    return as("u", "g1", "g2").apply(engine);
  }

  static Function<ProcessEngine, TaskQuery> as(String user, String... groups) {
    return engine -> {
      engine.getIdentityService().setAuthentication(user, List.of(groups));
      return engine.getTaskService().createTaskQuery().orderByTaskName().asc();
    };
  }

  static List<String> names(List<Task> found) {
    return found.stream().map(Task::getName).toList();
  }

  static String task(TaskService taskService, String name, String assignee, String... groups) {
    Task task = taskService.newTask();
    task.setName(name);
    taskService.saveTask(task);
    for (String group : groups) {
      taskService.addCandidateGroup(task.getId(), group);
    }
    if (assignee != null) {
      taskService.setAssignee(task.getId(), assignee);
    }
    return task.getId();
  }

  static ProcessEngine engine(SpringProcessEngineConfiguration configuration) {
    return engine(configuration, database);
  }

  static ProcessEngine engine(SpringProcessEngineConfiguration configuration, DataSource on) {
    configuration.setProcessEngineName("candidates-" + UUID.randomUUID());
    configuration.setDataSource(on);
    configuration.setTransactionManager(new DataSourceTransactionManager(on));
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setApplicationContext(new StaticApplicationContext());
    configuration.setAuthorizationEnabled(true);
    configuration.setHistory("none");
    configuration.setCmmnEnabled(false); // as application.yml
    return configuration.buildProcessEngine();
  }
}
