package vn.motcua.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lifecycle on a real PostgreSQL 17 (io.zonky embedded, no install), with the production
 * profile's settings: Flyway migrations, the engine's postgres schema, READ COMMITTED.
 * DirtiesContext closes the application before the database (STACK.md trap 11).
 */
@PostgresTest
class DossierLifecyclePostgresIT extends DossierLifecycleScenarios {

  static final EmbeddedPostgres POSTGRES = EmbeddedPostgresql.start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresql.register(registry, POSTGRES);
  }
}
