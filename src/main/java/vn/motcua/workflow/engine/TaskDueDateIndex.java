package vn.motcua.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An index on the open tasks' due date, which Camunda's schema lacks: every shared filter of
 * Tasklist is sorted by due date, and "Quá hạn" and "Sắp đến hạn" select by it. With it PostgreSQL
 * reads the tasks in due order and stops at the fifteenth the officer may see, where without it it
 * checks and sorts every task (ADR 9, docs/benchmark.md). Made here and not by a Flyway migration
 * because the engine makes its own tables ({@code camunda.bpm.database.schema-update}), after the
 * application's migrations have run; made after the engine has made or updated its schema, once
 * ({@code if not exists}: a no-op at every later start). {@code
 * motcua.engine.task-due-date-index=false} removes it again (the benchmark's "without").
 */
@Component
@Order(200)
class TaskDueDateIndex extends AbstractProcessEnginePlugin {

  static final String NAME = "MC_IDX_TASK_DUE_DATE";

  private final boolean wanted;

  TaskDueDateIndex(@Value("${motcua.engine.task-due-date-index:true}") boolean wanted) {
    this.wanted = wanted;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_TASK";
    String sql =
        wanted
            ? "create index if not exists " + NAME + " on " + table + " (DUE_DATE_)"
            : "drop index if exists " + NAME;
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not run: " + sql, e);
    }
  }
}
