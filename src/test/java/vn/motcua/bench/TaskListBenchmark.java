package vn.motcua.bench;

import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.MotCuaApplication;
import vn.motcua.dossier.Dossiers;
import vn.motcua.it.CamundaWebappSession;

/**
 * An officer's task list at a province's volume, on a real PostgreSQL with authorizations on: the
 * list and count of {@code /engine-rest/task?candidateGroup=…}, and the list and count of each of
 * Tasklist's shared filters, as {@code mc.lamthanh} (one-stop desk of xã Lam Thành) asks for them
 * over HTTP. Not a test: it prints figures (docs/benchmark.md). Run with {@code ./mvnw -Pbench
 * -Dbench.main=vn.motcua.bench.TaskListBenchmark -DskipTests -Dlint.skip verify}.
 *
 * <p>The open tasks are seeded by SQL, not by the engine (a dossier through the engine costs about
 * 80 ms, 100,000 of them two hours and a half): one real dossier is submitted and its reception
 * task is copied, with the rows the engine writes for a task (the task, its candidate-group
 * identity link, the group's grant on the task and, for an assigned task, the assignee's), under
 * new ids. The copies belong to {@link #OFFICER_GROUP} for {@link #SHARE} of them, and to 400 other
 * groups ({@code bench-<n>-onestop}: 130 communes and the provincial departments, three roles each)
 * for the rest; one in ten is assigned, and one in a thousand to the officer; their due dates are
 * spread from ten days ago to twenty days ahead. The application restarts for each variant on the
 * same database.
 */
public final class TaskListBenchmark {

  static final String OFFICER = "mc.lamthanh";
  static final String OFFICER_GROUP = "lamthanh-onestop";

  /** The officer's group's share of the open tasks, in per cent. */
  static final int SHARE = Integer.getInteger("bench.share", 20);

  static final int[] SIZES =
      Arrays.stream(System.getProperty("bench.tasks", "10000,100000").split(","))
          .mapToInt(Integer::parseInt)
          .toArray();

  /** Requests per figure at most, and the time one figure may take. */
  static final int SAMPLES = Integer.getInteger("bench.samples", 100);

  static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmUpSeconds", 15));

  static final Duration BUDGET = Duration.ofSeconds(Integer.getInteger("bench.budgetSeconds", 20));

  /**
   * The variants: application arguments each. {@code engine} is Camunda's own SQL as shipped (the
   * application with {@code motcua.engine.task-authorization=join}).
   */
  static final Map<String, List<String>> VARIANTS = new LinkedHashMap<>();

  static {
    VARIANTS.put(
        "engine",
        List.of(
            "--motcua.engine.task-authorization=join",
            "--motcua.engine.task-due-date-index=false"));
    VARIANTS.put(
        "engine, authorizationCheckRevokes=never",
        List.of(
            "--motcua.engine.task-authorization=join",
            "--camunda.bpm.generic-properties.properties.authorizationCheckRevokes=never"));
    VARIANTS.put(
        "engine, cmmnEnabled=false, standaloneTasksEnabled=false",
        List.of(
            "--motcua.engine.task-authorization=join",
            "--camunda.bpm.generic-properties.properties.cmmnEnabled=false",
            "--camunda.bpm.generic-properties.properties.standaloneTasksEnabled=false"));
    VARIANTS.put("subquery (this application)", List.of());
    // the fifth round's index undone (ADR 9)
    VARIANTS.put(
        "subquery, fourth round (ADR 9)", List.of("--motcua.engine.task-count-index=false"));
    // the fourth round's choices undone (ADR 9), with PostgreSQL's plan cache as the third round
    // measured it
    List<String> beforeTheFourthRound =
        List.of(
            "--motcua.engine.task-count-index=false",
            "--motcua.engine.task-check=full",
            "--motcua.engine.task-query-plans=cached",
            "--motcua.engine.permission-statistics=false",
            "--camunda.bpm.generic-properties.properties.cmmnEnabled=true",
            "--spring.datasource.hikari.connection-init-sql=SET plan_cache_mode = auto");
    VARIANTS.put(
        "subquery, third round (ADR 9)",
        Stream.concat(
                Stream.of("--motcua.engine.authorized-groups=by-index"),
                beforeTheFourthRound.stream())
            .toList());
    VARIANTS.put(
        "subquery, second round (ADR 9)",
        Stream.concat(
                Stream.of(
                    "--motcua.engine.task-grants=in",
                    "--motcua.engine.task-candidates=join",
                    "--motcua.engine.authorized-groups=distinct"),
                beforeTheFourthRound.stream())
            .toList());
    VARIANTS.put(
        "subquery, no due-date index", List.of("--motcua.engine.task-due-date-index=false"));
    VARIANTS.put(
        "subquery, distinct always",
        List.of(
            "--motcua.engine.task-distinct=always", "--motcua.engine.task-due-date-index=false"));
    VARIANTS.put(
        "subquery-first (ADR 9's first version)",
        List.of(
            "--motcua.engine.task-authorization=subquery-first",
            "--motcua.engine.task-distinct=always",
            "--motcua.engine.task-due-date-index=false"));
    VARIANTS.put(
        "exists (Operaton's pull request 3152)",
        List.of(
            "--motcua.engine.task-authorization=exists",
            "--motcua.engine.task-distinct=always",
            "--motcua.engine.task-due-date-index=false"));
    VARIANTS.put(
        "subquery, cmmnEnabled=false, standaloneTasksEnabled=false",
        List.of(
            "--camunda.bpm.generic-properties.properties.cmmnEnabled=false",
            "--camunda.bpm.generic-properties.properties.standaloneTasksEnabled=false"));
  }

  /** Variants that are too slow past this many tasks are left out there (quadratic). */
  static final int SLOW_LIMIT = Integer.getInteger("bench.slowLimit", 10_000);

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  static final String JSON_ACCEPT = "application/json";

  /** The Accept header of Tasklist's requests (camunda-tasklist-bootstrap.js). */
  static final String TASKLIST_ACCEPT = "application/hal+json, application/json; q=0.5";

  /**
   * The body of Tasklist's request for the first page of a filter (camunda-tasklist-bootstrap.js,
   * {@code taskListQuery}): no search, its default sorting (the newest first, after the filter's
   * own), and active tasks only, which the engine adds to the filter's query, count included.
   */
  static final String TASKLIST_QUERY =
      "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"firstResult\":0,\"maxResults\":15,"
          + "\"sorting\":[{\"sortOrder\":\"desc\",\"sortBy\":\"created\"}],\"active\":true}";

  public static void main(String[] args) throws Exception {
    List<String> only =
        System.getProperty("bench.variants", "all").equals("all")
            ? null
            : List.of(System.getProperty("bench.variants").split(";"));
    System.out.printf(
        Locale.ROOT,
        "Task list benchmark: %s open tasks, %d %% of them %s's, %d cores, max heap %d MB%n",
        Arrays.toString(SIZES),
        SHARE,
        OFFICER_GROUP,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    List<String> report = new ArrayList<>();
    String dataDir = System.getProperty("bench.dataDir", "none");
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    if (!dataDir.equals("none")) {
      // kept, to read the plans by hand afterwards (psql), and reused by the next run
      builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
    }
    try (EmbeddedPostgres postgres = builder.start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      int seeded = seededTasks(postgres.getPostgresDatabase());
      for (int size : SIZES) {
        for (Map.Entry<String, List<String>> variant : VARIANTS.entrySet()) {
          if (only != null && only.stream().noneMatch(variant.getKey()::startsWith)) {
            continue;
          }
          boolean slow = variant.getKey().startsWith("engine");
          if (slow && size > SLOW_LIMIT) {
            report.add(
                String.format(
                    Locale.ROOT, "%7d  %-58s left out (quadratic)", size, variant.getKey()));
            continue;
          }
          ConfigurableApplicationContext app = start(url, variant.getValue());
          try {
            if (seeded < size) {
              long t0 = System.nanoTime();
              seed(app, seeded, size);
              System.out.printf(
                  Locale.ROOT,
                  "seeded %d tasks in %.1f s%n",
                  size - seeded,
                  (System.nanoTime() - t0) / 1e9);
              seeded = size;
            }
            report.addAll(measure(app, size, variant.getKey()));
          } finally {
            app.close();
          }
        }
      }
      if (!Boolean.getBoolean("bench.noTenants")) {
        int size = SIZES[SIZES.length - 1];
        for (String sql : List.of("join", "subquery")) {
          ConfigurableApplicationContext app =
              start(url, List.of("--motcua.engine.task-authorization=" + sql));
          try {
            if (sql.equals("join")) {
              perDefinitionGrantsAndTenants(app);
            }
            report.addAll(measure(app, size, "per-definition grants + tenants, " + sql + " SQL"));
          } finally {
            app.close();
          }
        }
      }
    }
    System.out.println();
    System.out.println(
        "  tasks  variant                                      query                            p50 ms   p99 ms  n   result");
    report.forEach(System.out::println);
    System.exit(0);
  }

  /** The tasks a kept database already holds (0 when new). */
  static int seededTasks(DataSource db) {
    JdbcTemplate jdbc = new JdbcTemplate(db);
    Boolean schema =
        jdbc.queryForObject(
            "select exists (select 1 from information_schema.tables where table_name = 'act_ru_task')",
            Boolean.class);
    if (!Boolean.TRUE.equals(schema)) {
      return 0;
    }
    return jdbc.queryForObject(
        "select count(*) from act_ru_task where id_ like 'bench-t-%'", Integer.class);
  }

  static ConfigurableApplicationContext start(String url, List<String> extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--spring.profiles.active=demo,postgres",
                "--MOTCUA_DB_URL=" + url,
                "--MOTCUA_DB_USER=postgres",
                "--MOTCUA_DB_PASSWORD=",
                "--server.port=0",
                "--motcua.storage.documents=target/bench-documents",
                "--logging.level.root=WARN",
                "--motcua.mail.embedded-server.enabled=false",
                "--camunda.bpm.job-execution.enabled=false"));
    args.addAll(extra);
    return new SpringApplicationBuilder(MotCuaApplication.class).run(args.toArray(String[]::new));
  }

  /** Tasks {@code from + 1} to {@code to}, copies of one real reception task. */
  static void seed(ConfigurableApplicationContext app, int from, int to) {
    JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
    String template =
        jdbc.query(
            "select id_ from act_ru_task where task_def_key_ = ? and id_ not like 'bench-%'"
                + " order by create_time_ limit 1",
            rs -> rs.next() ? rs.getString(1) : null, USER_TASK_RECEIVE_DOSSIER);
    if (template == null) {
      app.getBean(Dossiers.class).submit(LifecycleBenchmark.submission());
      template =
          jdbc.queryForObject(
              "select id_ from act_ru_task where task_def_key_ = ? and id_ not like 'bench-%'",
              String.class, USER_TASK_RECEIVE_DOSSIER);
    }
    int groupPerms =
        jdbc.queryForObject(
            "select perms_ from act_ru_authorization where resource_type_ = 7 and resource_id_ = ?"
                + " and group_id_ is not null limit 1",
            Integer.class,
            template);
    String group =
        "case when g % 100 < "
            + SHARE
            + " then '"
            + OFFICER_GROUP
            + "' else 'bench-' || (g % 400) || '-onestop' end";
    String assignee =
        "case when g % 1000 = 0 then '"
            + OFFICER
            + "' when g % 10 = 5 then 'bench-user-' || (g % 997) else null end";
    String series = " from generate_series(" + (from + 1) + ", " + to + ") g";
    jdbc.update(
        "insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_,"
            + " task_def_key_, assignee_, priority_, create_time_, last_updated_, due_date_,"
            + " suspension_state_, tenant_id_, task_state_)"
            + " select 'bench-t-' || g, 1, t.execution_id_, t.proc_inst_id_, t.proc_def_id_,"
            + " t.name_, t.task_def_key_, "
            + assignee
            + ", t.priority_, localtimestamp - (g % 30) * interval '1 day', null,"
            + " localtimestamp + ((g * 7919) % 720 - 240) * interval '1 hour', 1, t.tenant_id_,"
            + " t.task_state_"
            + series
            + " cross join (select * from act_ru_task where id_ = ?) t",
        template);
    jdbc.update(
        "insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)"
            + " select 'bench-l-' || g, 1, "
            + group
            + ", 'candidate', 'bench-t-' || g"
            + series);
    jdbc.update(
        "insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_,"
            + " resource_id_, perms_) select 'bench-a-' || g, 1, 1, "
            + group
            + ", 7, 'bench-t-' || g, ?"
            + series,
        groupPerms);
    jdbc.update(
        "insert into act_ru_authorization (id_, rev_, type_, user_id_, resource_type_,"
            + " resource_id_, perms_) select 'bench-u-' || g, 1, 1, "
            + assignee
            + ", 7, 'bench-t-' || g, ?"
            + series
            + " where g % 1000 = 0 or g % 10 = 5",
        groupPerms);
    // what autovacuum does after such a load (its statistics, and the visibility an index-only
    // scan needs), without waiting for it
    jdbc.execute("vacuum analyze");
  }

  /**
   * The other lever, measured without building it (DESIGN.md §Security realms): each agency a
   * tenant, the seeded tasks in their agency's tenant, no grant per task to its candidate group but
   * one per process definition to each group, and the officer's group a member of its agency's
   * tenant. Destructive: the last thing measured.
   */
  static void perDefinitionGrantsAndTenants(ConfigurableApplicationContext app) {
    JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
    String key =
        jdbc.queryForObject(
            "select d.key_ from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_"
                + " where t.id_ = 'bench-t-1'",
            String.class);
    int perms =
        ProcessDefinitionPermissions.READ_TASK.getValue()
            | ProcessDefinitionPermissions.UPDATE_TASK.getValue()
            | ProcessDefinitionPermissions.READ_TASK_VARIABLE.getValue();
    jdbc.update(
        "update act_ru_task t set tenant_id_ = regexp_replace(l.group_id_, '-onestop$', '')"
            + " from act_ru_identitylink l where l.task_id_ = t.id_ and t.id_ like 'bench-t-%'");
    jdbc.update(
        "delete from act_ru_authorization where resource_type_ = 7 and group_id_ is not null"
            + " and resource_id_ like 'bench-t-%'");
    jdbc.update(
        "insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_,"
            + " resource_id_, perms_) select 'bench-pd-' || g, 1, 1, case when g < 0 then '"
            + OFFICER_GROUP
            + "' else 'bench-' || g || '-onestop' end, 6, ?, ? from generate_series(-1, 399) g",
        key,
        perms);
    jdbc.update("insert into act_id_tenant (id_, rev_, name_) values ('lamthanh', 1, 'Lam Thành')");
    jdbc.update(
        "insert into act_id_tenant_member (id_, tenant_id_, group_id_)"
            + " values ('bench-tm', 'lamthanh', ?)",
        OFFICER_GROUP);
    jdbc.execute("analyze");
  }

  /** The officer's queries, each timed over up to {@link #SAMPLES} requests. */
  static List<String> measure(ConfigurableApplicationContext app, int size, String variant)
      throws Exception {
    String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    List<String> lines = new ArrayList<>();
    warmUp(base);
    // the floor of any request: HTTP, the officer's authentication (password, groups, tenants), no
    // query
    lines.add(
        time(size, variant, "no query (/version)", base, "GET", "/engine-rest/version", null));
    // the filter list as the officer sees it: the application's shared filters, without the
    // benchmark's copies below. Tasklist 7.24 asks for it without counts (itemCount=false, pages of
    // 2,000; camunda-tasklist-bootstrap.js) and counts only the filter the officer opens (its count
    // below); an API client may still ask for every filter's count in one request.
    BenchFilters.delete(app);
    lines.add(
        time(
            size,
            variant,
            "filter list (Tasklist: no counts)",
            base,
            "GET",
            "/engine-rest/filter?resourceType=Task&itemCount=false&firstResult=0&maxResults=2000",
            null));
    lines.add(
        time(
            size,
            variant,
            "filter list, every count (itemCount)",
            base,
            "GET",
            "/engine-rest/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=50",
            null));
    Map<String, String> filters = BenchFilters.ensure(app);
    CamundaWebappSession tasklist =
        new CamundaWebappSession(
            new TestRestTemplate(new RestTemplateBuilder().rootUri(base)), "tasklist");
    if (tasklist.signIn("tasklist", OFFICER, "demo") != 200) {
      throw new IllegalStateException(OFFICER + " could not sign in to Tasklist");
    }
    // the floor of a request from Tasklist: the session read and written back, no query
    lines.add(
        time(
            size,
            variant,
            "no query in Tasklist (/version)",
            () -> {
              ResponseEntity<String> response =
                  tasklist.exchange(
                      HttpMethod.GET, "/camunda/api/engine/engine/default/version", null);
              return new Answer(response.getStatusCode().value(), response.getBody());
            }));
    String group = "candidateGroup=" + OFFICER_GROUP;
    lines.add(
        time(
            size,
            variant,
            "task list",
            base,
            "GET",
            "/engine-rest/task?" + group + "&maxResults=15",
            null));
    lines.add(
        time(size, variant, "task count", base, "GET", "/engine-rest/task/count?" + group, null));
    if (Boolean.parseBoolean(System.getProperty("bench.admin", "true"))) {
      // the reference: the administrator's query has no authorization check at all
      lines.add(
          time(
              size,
              variant,
              "task list as admin",
              base,
              "GET",
              "/engine-rest/task?" + group + "&maxResults=15",
              null,
              "admin",
              JSON_ACCEPT));
      lines.add(
          time(
              size,
              variant,
              "task count as admin",
              base,
              "GET",
              "/engine-rest/task/count?" + group,
              null,
              "admin",
              JSON_ACCEPT));
    }
    for (Map.Entry<String, String> filter : filters.entrySet()) {
      String path = "/engine-rest/filter/" + filter.getValue();
      lines.add(
          time(
              size,
              variant,
              filter.getKey() + ": list",
              base,
              "POST",
              path + "/list?firstResult=0&maxResults=15",
              "{}"));
      lines.add(
          time(size, variant, filter.getKey() + ": count", base, "GET", path + "/count", null));
      // what Tasklist asks when the officer opens the filter, as Tasklist asks it: signed in (the
      // webapp's session, not a password per request), its query, the page of 15 as HAL, whose
      // answer holds the filter's count and the tasks' assignees, definitions and candidate groups
      String opened =
          "/camunda/api/engine/engine/default/filter/"
              + filter.getValue()
              + "/list?firstResult=0&maxResults=15";
      lines.add(
          time(
              size,
              variant,
              filter.getKey() + ": opened in Tasklist",
              () -> {
                ResponseEntity<String> response =
                    tasklist.exchange(HttpMethod.POST, opened, TASKLIST_QUERY, TASKLIST_ACCEPT);
                return new Answer(response.getStatusCode().value(), response.getBody());
              }));
    }
    System.out.println(explainAllTasksCount(app));
    return lines;
  }

  /**
   * A fresh application answers its first requests slowly (classes loaded, code compiled): the
   * officer's and the administrator's list and count, and the filter list, for {@link #WARM_UP}
   * before the first figure.
   */
  static void warmUp(String base) throws Exception {
    String group = "candidateGroup=" + OFFICER_GROUP;
    long deadline = System.nanoTime() + WARM_UP.toNanos();
    while (System.nanoTime() < deadline) {
      for (String user : List.of(OFFICER, "admin")) {
        request(base, "GET", "/engine-rest/task?" + group + "&maxResults=15", null, user);
        request(base, "GET", "/engine-rest/task/count?" + group, null, user);
        request(base, "GET", "/engine-rest/filter?resourceType=Task&itemCount=true", null, user);
      }
    }
  }

  /**
   * PostgreSQL's plan of the most demanding query, the count of "Tất cả công việc" (every task the
   * officer may see), as the engine's mapping writes it for the officer.
   */
  static String explainAllTasksCount(ConfigurableApplicationContext app) {
    ProcessEngineConfigurationImpl engine = app.getBean(ProcessEngineConfigurationImpl.class);
    List<String> groups =
        engine.getIdentityService().createGroupQuery().groupMember(OFFICER).list().stream()
            .map(Group::getId)
            .toList();
    engine.getIdentityService().setAuthentication(OFFICER, groups);
    try {
      return engine
          .getCommandExecutorTxRequired()
          .execute(
              context -> {
                TaskQueryImpl query = new TaskQueryImpl();
                context.getAuthorizationManager().configureTaskQuery(query);
                // as TaskQueryImpl.decideAuthorizationJoinType: case tasks only with CMMN
                query.getAuthCheck().setUseLeftJoin(engine.isCmmnEnabled());
                MappedStatement statement =
                    engine
                        .getSqlSessionFactory()
                        .getConfiguration()
                        .getMappedStatement("selectTaskCountByQueryCriteria");
                BoundSql sql = statement.getBoundSql(query);
                StringBuilder plan = new StringBuilder("plan of the count of every task:\n");
                if (Boolean.getBoolean("bench.printSql")) {
                  plan.append(sql.getSql()).append('\n');
                  sql.getParameterMappings()
                      .forEach(
                          m ->
                              plan.append("  ? ")
                                  .append(
                                      sql.hasAdditionalParameter(m.getProperty())
                                          ? sql.getAdditionalParameter(m.getProperty())
                                          : m.getProperty())
                                  .append('\n'));
                }
                try (PreparedStatement explain =
                    context
                        .getDbSqlSession()
                        .getSqlSession()
                        .getConnection()
                        .prepareStatement("explain (analyze, costs off) " + sql.getSql())) {
                  new DefaultParameterHandler(statement, query, sql).setParameters(explain);
                  try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                      plan.append("    ").append(rows.getString(1)).append('\n');
                    }
                  }
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
                return plan.toString();
              });
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  static String time(
      int size, String variant, String name, String base, String method, String path, String body)
      throws Exception {
    return time(size, variant, name, base, method, path, body, OFFICER, JSON_ACCEPT);
  }

  static String time(
      int size,
      String variant,
      String name,
      String base,
      String method,
      String path,
      String body,
      String user,
      String accept)
      throws Exception {
    return time(
        size,
        variant,
        name,
        () -> {
          HttpResponse<String> response = request(base, method, path, body, user, accept);
          return new Answer(response.statusCode(), response.body());
        });
  }

  /** A request's status and body, whichever client sent it. */
  record Answer(int status, String body) {}

  static String time(int size, String variant, String name, Callable<Answer> request)
      throws Exception {
    List<Long> nanos = new ArrayList<>();
    String result = null;
    // a warm-up request, not counted
    request.call();
    long deadline = System.nanoTime() + BUDGET.toNanos();
    do {
      long t0 = System.nanoTime();
      Answer response = request.call();
      nanos.add(System.nanoTime() - t0);
      if (response.status() != 200) {
        throw new IllegalStateException(
            name + " answered " + response.status() + ": " + response.body());
      }
      result = summary(response.body());
    } while (nanos.size() < SAMPLES && System.nanoTime() < deadline);
    nanos.sort(Long::compare);
    String line =
        String.format(
            Locale.ROOT,
            "%7d  %-44s %-30s %8.1f %8.1f %3d  %s",
            size,
            variant,
            name,
            percentile(nanos, 50) / 1e6,
            percentile(nanos, 99) / 1e6,
            nanos.size(),
            result);
    System.out.println(line);
    return line;
  }

  static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** What came back, to see that every variant answers the same: a count, or how many rows. */
  static String summary(String body) throws Exception {
    JsonNode node = JSON.readTree(body);
    if (node.has("count")) {
      return "count " + node.get("count").asLong();
    }
    if (node.isArray() && node.size() > 0 && node.get(0).has("itemCount")) {
      StringBuilder counts = new StringBuilder("counts");
      node.forEach(f -> counts.append(' ').append(f.path("itemCount").asLong()));
      return counts.toString();
    }
    return node.isArray() ? node.size() + " rows" : "?";
  }

  static HttpResponse<String> request(
      String base, String method, String path, String body, String user) throws Exception {
    return request(base, method, path, body, user, JSON_ACCEPT);
  }

  static HttpResponse<String> request(
      String base, String method, String path, String body, String user, String accept)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(5))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
            .header("Accept", accept);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
