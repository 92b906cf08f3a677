package vn.motcua.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.postgresql.PGStatement;

/**
 * PostgreSQL plans the task queries for the values of each request, and only those. After five runs
 * of one prepared statement PostgreSQL may keep a generic plan, made without the values: for a
 * desk's count it guesses the size of a candidate group from the average group (a few hundred
 * tasks, not a desk's 20,000) and reads the tasks one index probe at a time, three times slower
 * (ADR 9, third round). {@code plan_cache_mode=force_custom_plan} on the connection fixed that and
 * cost PostgreSQL 77 % more CPU per dossier, by planning every engine statement again. Here pgjdbc
 * sends the task list and count as unnamed statements ({@code prepareThreshold} 0), which
 * PostgreSQL always plans with their values; every other statement keeps its cached plan.
 */
@Intercepts(
    @Signature(
        type = StatementHandler.class,
        method = "prepare",
        args = {Connection.class, Integer.class}))
class TaskQueriesPlannedPerRequest implements Interceptor {

  static final Set<String> TASK_QUERIES =
      Set.of(
          "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
          "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria");

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    Object prepared = invocation.proceed();
    if (prepared instanceof Statement statement
        && TASK_QUERIES.contains(statementId(invocation.getTarget()))
        && statement.isWrapperFor(PGStatement.class)) {
      planPerRequest(statement);
    }
    return prepared;
  }

  private static void planPerRequest(Statement statement) throws SQLException {
    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
  }

  /** The mapped statement's id, through MyBatis' routing handler to the one it delegates to. */
  static String statementId(Object handler) {
    MetaObject meta = SystemMetaObject.forObject(handler);
    while (meta.hasGetter("delegate")) {
      meta = SystemMetaObject.forObject(meta.getValue("delegate"));
    }
    return meta.hasGetter("mappedStatement")
        ? ((MappedStatement) meta.getValue("mappedStatement")).getId()
        : null;
  }
}
