package vn.motcua.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's concurrent IPNs on a real PostgreSQL, where a duplicate waits for the first one's
 * row lock and then finds the order changed under READ COMMITTED (H2 runs them in {@link
 * PaymentGatewayIT}).
 */
@PostgresTest
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
