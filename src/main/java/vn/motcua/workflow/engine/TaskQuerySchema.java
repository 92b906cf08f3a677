package vn.motcua.workflow.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the task queries need of Camunda's schema beyond Camunda's own, made after the engine has
 * made or updated its tables ({@code camunda.bpm.database.schema-update}), which happens after the
 * application's Flyway migrations have run; each once ({@code if not exists}: a no-op at every
 * later start). ADR 9, docs/benchmark.md.
 *
 * <ul>
 *   <li>An index on the open tasks' due date ({@value #DUE_DATE_INDEX}): every shared filter of
 *       Tasklist is sorted by due date, and "Quá hạn" and "Sắp đến hạn" select by it. With it
 *       PostgreSQL reads the tasks in due order and stops at the fifteenth the officer may see,
 *       where without it it checks and sorts every task. {@code
 *       motcua.engine.task-due-date-index=false} removes it again (the benchmark's "without").
 *   <li>On PostgreSQL, statistics on the grants' permission bits ({@value #PERMISSION_STATISTICS}).
 *       The check reads an officer's grants by {@code PERMS_ & 2 = 2}; without statistics on that
 *       expression PostgreSQL guesses that 1 grant in 200 passes it (nearly all do), plans the
 *       desk's 20,000 grants as 100 and reads the tasks one index probe per grant instead of
 *       hashing them: 125 against 60 ms for a desk's count by hand. Analysed once when made (then
 *       by autovacuum with the table). {@code motcua.engine.permission-statistics=false} removes
 *       them again.
 *   <li>An index on the open tasks' tenant, assignee, suspension state and id ({@value
 *       #TASK_COUNTS_INDEX}), so the counts of a whole desk read the tasks from an index instead of
 *       from the table. Camunda writes {@code TENANT_ID_ is null} into every task query of a user
 *       without tenants, {@code ASSIGNEE_ is null} into the candidate queries (unassigned tasks),
 *       and {@code SUSPENSION_STATE_ = 1} into every query Tasklist sends (it asks for active tasks
 *       only); with this index PostgreSQL answers all three and hands on the ids without reading a
 *       task row (an index-only scan): the count of "Tất cả công việc" (20,000 of 100,000 tasks)
 *       went from 52 to 35–38 ms by hand, a desk's count by candidate group from 52–55 to 38–42 ms,
 *       and 60–66 to 51–55 ms as Tasklist asks for it. The first version of the index ({@value
 *       #TASK_COUNTS_INDEX_WITHOUT_STATE}) left the state out, so Tasklist's counts read every row
 *       again; it is dropped. Beside it, an index on the identity links' group, type and task
 *       ({@value #CANDIDATE_GROUPS_INDEX}), from which a count by candidate group reads the desk's
 *       candidate links without their rows as well: about 4 ms less by hand ("Việc của nhóm" asks
 *       by candidate user, an OR of the user's and the groups' links that PostgreSQL reads from
 *       Camunda's two indexes instead). An index-only scan reads the row after all where the table
 *       changed since its last vacuum, so on PostgreSQL the task and identity-link tables are
 *       vacuumed after 2 % of them changed instead of PostgreSQL's default 20 % (set once). {@code
 *       motcua.engine.task-count-index=false} removes both indexes (the benchmark's "fourth
 *       round"); the tables' vacuum setting is then reset.
 * </ul>
 */
@Component
@Order(200)
class TaskQuerySchema extends AbstractProcessEnginePlugin {

  static final String DUE_DATE_INDEX = "MC_IDX_TASK_DUE_DATE";

  static final String PERMISSION_STATISTICS = "MC_STAT_AUTH_PERMS";

  static final String TASK_COUNTS_INDEX = "MC_IDX_TASK_COUNTS";

  static final String CANDIDATE_GROUPS_INDEX = "MC_IDX_IDENTITYLINK_GROUP_TASK";

  /** The index's first version, without the suspension state (07/12/2026): dropped. */
  static final String TASK_COUNTS_INDEX_WITHOUT_STATE = "MC_IDX_TASK_VISIBLE";

  /**
   * The task and identity-link tables' vacuum after 2 % of their rows changed (PostgreSQL's default
   * 20 %), as {@code pg_class.reloptions} shows it.
   */
  static final List<String> OFTEN_VACUUMED =
      List.of("autovacuum_vacuum_scale_factor=0.02", "autovacuum_vacuum_insert_scale_factor=0.02");

  private final boolean dueDateIndex;
  private final boolean permissionStatistics;
  private final boolean countIndexes;

  TaskQuerySchema(
      @Value("${motcua.engine.task-due-date-index:true}") boolean dueDateIndex,
      @Value("${motcua.engine.permission-statistics:true}") boolean permissionStatistics,
      @Value("${motcua.engine.task-count-index:true}") boolean countIndexes) {
    this.dueDateIndex = dueDateIndex;
    this.permissionStatistics = permissionStatistics;
    this.countIndexes = countIndexes;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String prefix = configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      List<String> sql = new ArrayList<>();
      sql.add(
          dueDateIndex
              ? "create index if not exists "
                  + DUE_DATE_INDEX
                  + " on "
                  + prefix
                  + "ACT_RU_TASK (DUE_DATE_)"
              : "drop index if exists " + DUE_DATE_INDEX);
      sql.add("drop index if exists " + TASK_COUNTS_INDEX_WITHOUT_STATE);
      sql.add(
          countIndexes
              ? "create index if not exists "
                  + TASK_COUNTS_INDEX
                  + " on "
                  + prefix
                  + "ACT_RU_TASK (TENANT_ID_, ASSIGNEE_, SUSPENSION_STATE_, ID_)"
              : "drop index if exists " + TASK_COUNTS_INDEX);
      sql.add(
          countIndexes
              ? "create index if not exists "
                  + CANDIDATE_GROUPS_INDEX
                  + " on "
                  + prefix
                  + "ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)"
              : "drop index if exists " + CANDIDATE_GROUPS_INDEX);
      if ("postgres".equals(configuration.getDatabaseType())) {
        for (String table : List.of(prefix + "ACT_RU_TASK", prefix + "ACT_RU_IDENTITYLINK")) {
          if (countIndexes != vacuumedOften(statement, table)) {
            sql.add(
                "alter table "
                    + table
                    + (countIndexes
                        ? " set (" + String.join(", ", OFTEN_VACUUMED) + ")"
                        : " reset ("
                            + String.join(
                                ", ", OFTEN_VACUUMED.stream().map(o -> o.split("=")[0]).toList())
                            + ")"));
          }
        }
        boolean made = exists(statement, PERMISSION_STATISTICS);
        if (permissionStatistics && !made) {
          // the permission checks a task query makes: READ on a task (2), READ_TASK on a definition
          // (64)
          sql.add(
              "create statistics if not exists "
                  + PERMISSION_STATISTICS
                  + " on (PERMS_ & 2), (PERMS_ & 64) from "
                  + prefix
                  + "ACT_RU_AUTHORIZATION");
          sql.add("analyze " + prefix + "ACT_RU_AUTHORIZATION");
        } else if (!permissionStatistics && made) {
          sql.add("drop statistics if exists " + PERMISSION_STATISTICS);
        }
      }
      for (String each : sql) {
        run(statement, each);
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not make the task queries' schema", e);
    }
  }

  /** Whether the table has our vacuum settings already: no {@code alter table} each start. */
  private static boolean vacuumedOften(Statement statement, String table) throws SQLException {
    return anyRow(
        statement,
        "select 1 from pg_class where oid = to_regclass('"
            + table
            + "') and reloptions @> array['"
            + String.join("', '", OFTEN_VACUUMED)
            + "']");
  }

  private static boolean exists(Statement statement, String statistics) throws SQLException {
    return anyRow(
        statement,
        "select 1 from pg_statistic_ext where stxname = '"
            + statistics.toLowerCase(Locale.ROOT)
            + "' and pg_statistics_obj_is_visible(oid)");
  }

  private static boolean anyRow(Statement statement, String query) throws SQLException {
    try (ResultSet found = statement.executeQuery(query)) {
      return found.next();
    }
  }

  private static void run(Statement statement, String sql) throws SQLException {
    try {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new SQLException("could not run: " + sql, e);
    }
  }
}
