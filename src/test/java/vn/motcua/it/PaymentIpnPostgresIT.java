package vn.motcua.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's concurrent IPNs on a real PostgreSQL, where a duplicate waits for the first one's
 * row lock and then finds the order changed under READ COMMITTED (H2 runs them in {@link
 * PaymentGatewayIT}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "motcua.storage.documents=target/it-documents")
@ActiveProfiles({"demo", "postgres"})
@DirtiesContext
class PaymentIpnPostgresIT extends PaymentIpnScenarios {

  /**
   * A database of its own: the lifecycle test's dossiers and process instances are not this test's
   * business.
   */
  static final EmbeddedPostgres POSTGRES = EmbeddedPostgresql.start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresql.register(registry, POSTGRES);
  }
}
