package vn.motcua.workflow.engine;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link TaskCandidateCriteriaScenarios} on a real PostgreSQL, the production database, where the
 * groups that hold a grant are also read by our statement.
 */
class TaskCandidateCriteriaPostgresTest extends TaskCandidateCriteriaScenarios {

  @BeforeAll
  static void postgresql() throws IOException {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    afterTheEngines = postgres;
    tasksAtTwoDesks(postgres.getPostgresDatabase());
  }
}
