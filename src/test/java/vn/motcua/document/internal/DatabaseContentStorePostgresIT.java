package vn.motcua.document.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The database store on a real PostgreSQL 17 (io.zonky embedded, no install), production's. */
class DatabaseContentStorePostgresIT extends DatabaseContentStoreScenarios {

  static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @BeforeEach
  void database() {
    migrate(postgres.getPostgresDatabase(), "postgresql");
  }
}
