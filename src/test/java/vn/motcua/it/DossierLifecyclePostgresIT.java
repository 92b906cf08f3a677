package vn.motcua.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lifecycle on a real PostgreSQL 17 (io.zonky embedded, no install), with the production
 * profile's settings: Flyway migrations, the engine's postgres schema, READ COMMITTED.
 * DirtiesContext closes the application before the database (STACK.md trap 11).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "motcua.storage.documents=target/it-documents")
@ActiveProfiles({"demo", "postgres"})
@DirtiesContext
class DossierLifecyclePostgresIT extends DossierLifecycleScenarios {

  static final EmbeddedPostgres POSTGRES = start();

  static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("MOTCUA_DB_URL", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("MOTCUA_DB_USER", () -> "postgres");
    registry.add("MOTCUA_DB_PASSWORD", () -> "");
  }
}
