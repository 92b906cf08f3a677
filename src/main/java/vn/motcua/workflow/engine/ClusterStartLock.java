package vn.motcua.workflow.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nodes that start together on one PostgreSQL start one after the other. What a start does once for
 * the whole cluster is "create if absent": the engine's schema ({@code
 * camunda.bpm.database.schema-update}: two nodes on an empty database both create it, and one fails
 * on a duplicate type), the due-date index, the agency tree, the officers' groups and shared
 * filters, the demo's accounts, the grants' upgrade. Rather than make each of these safe on its
 * own, a node takes a PostgreSQL advisory lock before its engine is built and lets it go when it is
 * ready to serve (or when its start fails and its context closes); a second node waits for it, then
 * finds everything made. A node that starts alone, as a restart in a running cluster does, does not
 * wait. Flyway's migrations, before the engine, hold a lock of their own. H2 is one node by
 * definition: nothing is taken.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClusterStartLock extends AbstractProcessEnginePlugin implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterStartLock.class);

  /** The advisory lock's key: "MotCua" and 1, in one bigint. */
  static final long KEY = 0x4d6f74437561_0001L;

  private final DataSource dataSource;
  private Connection held;

  ClusterStartLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  @EventListener(ApplicationReadyEvent.class)
  public void started() {
    release();
  }

  @Override
  public void destroy() {
    release();
  }

  synchronized void acquire() {
    if (held != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        if (!queryBoolean(statement, "select pg_try_advisory_lock(" + KEY + ")")) {
          LOG.info("Another node is starting on this database: waiting for it to be ready");
          long t0 = System.nanoTime();
          statement.execute("select pg_advisory_lock(" + KEY + ")");
          LOG.info("The other node is ready after {} s: starting", (System.nanoTime() - t0) / 1e9);
        }
      }
      held = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the cluster's start-up lock", e);
    }
  }

  synchronized void release() {
    if (held == null) {
      return;
    }
    Connection connection = held;
    held = null;
    try (Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      // a pooled connection must not go back still holding the lock: the pool drops this one
      LOG.warn("Could not let the start-up lock go; closing its connection instead", e);
      try {
        connection.abort(Runnable::run);
      } catch (SQLException ignored) {
        // closed below
      }
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.warn("Could not close the start-up lock's connection", e);
    }
  }

  private static boolean queryBoolean(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getBoolean(1);
    }
  }
}
