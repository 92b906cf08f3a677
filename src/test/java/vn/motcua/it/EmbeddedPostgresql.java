package vn.motcua.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL of a test class's own (io.zonky embedded, no install), given to the application
 * as the {@code postgres} profile reads it. The class closes its context before the JVM stops the
 * database ({@code @DirtiesContext}, STACK.md trap 11).
 */
final class EmbeddedPostgresql {

  private EmbeddedPostgresql() {}

  static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void register(DynamicPropertyRegistry registry, EmbeddedPostgres postgres) {
    registry.add("MOTCUA_DB_URL", () -> postgres.getJdbcUrl("postgres", "postgres"));
    registry.add("MOTCUA_DB_USER", () -> "postgres");
    registry.add("MOTCUA_DB_PASSWORD", () -> "");
  }
}
