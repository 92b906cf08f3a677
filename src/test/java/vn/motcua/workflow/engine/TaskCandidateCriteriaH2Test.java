package vn.motcua.workflow.engine;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;

/** {@link TaskCandidateCriteriaScenarios} on H2, the demo's database. */
class TaskCandidateCriteriaH2Test extends TaskCandidateCriteriaScenarios {

  @BeforeAll
  static void h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:candidates-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    tasksAtTwoDesks(h2);
  }
}
