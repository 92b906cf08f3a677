package vn.motcua.document.internal;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The database store on H2, the demo's and the tests' database. */
class DatabaseContentStoreH2Test extends DatabaseContentStoreScenarios {

  @BeforeEach
  void database() {
    migrate(
        new DriverManagerDataSource(
            "jdbc:h2:mem:content-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
            "sa",
            ""),
        "h2");
  }
}
