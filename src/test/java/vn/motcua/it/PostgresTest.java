package vn.motcua.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A scenario class run again on a real PostgreSQL with the production profile's settings: the
 * annotated class starts its own database ({@link EmbeddedPostgresql}) and registers it;
 * DirtiesContext closes the application before the database (STACK.md trap 11).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "motcua.storage.documents=target/it-documents")
@ActiveProfiles({"demo", "postgres"})
@DirtiesContext
@interface PostgresTest {}
