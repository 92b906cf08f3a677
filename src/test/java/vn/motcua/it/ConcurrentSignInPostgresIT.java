package vn.motcua.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-ins at once on a real PostgreSQL (io.zonky embedded), where the attempt is counted by the
 * same statement under READ COMMITTED. DirtiesContext closes the application before the database.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "motcua.storage.documents=target/it-documents",
      "motcua.accounts.lockout.threshold=" + ConcurrentSignInScenarios.THRESHOLD
    })
@ActiveProfiles({"demo", "postgres"})
@Import(ConcurrentSignInScenarios.Probe.class)
@DirtiesContext
class ConcurrentSignInPostgresIT extends ConcurrentSignInScenarios {

  static final EmbeddedPostgres POSTGRES = EmbeddedPostgresql.start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresql.register(registry, POSTGRES);
  }
}
