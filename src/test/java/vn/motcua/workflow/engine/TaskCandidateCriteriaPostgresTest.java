package vn.motcua.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@link TaskCandidateCriteriaScenarios} on a real PostgreSQL, the production database, where the
 * groups that hold a grant are also read by our statement and the task queries are planned for each
 * request's values.
 */
class TaskCandidateCriteriaPostgresTest extends TaskCandidateCriteriaScenarios {

  @BeforeAll
  static void postgresql() throws IOException {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    afterTheEngines = postgres;
    tasksAtTwoDesks(postgres.getPostgresDatabase());
  }

  /**
   * pgjdbc keeps a statement prepared on the server from its fifth run on one connection, and
   * PostgreSQL may then plan it once for every value; the task list and count are never kept so
   * ({@link TaskQueriesPlannedPerRequest}), every other statement still is. And an officer's two
   * groups are used as they are, without reading every group that holds a grant in each command
   * ({@link AuthorizationShortcuts}).
   */
  @Test
  void theTaskQueries_arePlannedForEachRequest_andTheOtherStatementsStayPrepared()
      throws SQLException {
    try (Connection connection = database.getConnection()) {
      SingleConnectionDataSource one = new SingleConnectionDataSource(connection, true);
      ProcessEngine engine =
          engine(
              new TaskAuthorizationMapping.SubqueryTaskAuthorization(
                  TaskAuthorizationMapping.SqlChoices.ours()),
              one);
      try {
        for (int run = 0; run < 8; run++) {
          assertThat(as("u", "g1", "g2").apply(engine).taskCandidateGroup("g1").count())
              .isEqualTo(2);
          assertThat(as("u", "g1", "g2").apply(engine).taskCandidateGroup("g1").listPage(0, 15))
              .hasSize(2);
        }
      } finally {
        engine.close();
      }
      List<String> prepared = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select statement from pg_prepared_statements")) {
        while (rows.next()) {
          prepared.add(rows.getString(1));
        }
      }
      assertThat(prepared)
          .as("statements kept prepared on the connection")
          .anyMatch(sql -> sql.contains("ACT_RU_AUTHORIZATION"))
          .noneMatch(sql -> sql.contains("ACT_RU_TASK RES"))
          .as("the groups that hold a grant are not read for a user of two groups")
          .noneMatch(sql -> sql.contains("WITH RECURSIVE"));
    }
  }
}
