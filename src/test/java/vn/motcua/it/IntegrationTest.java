package vn.motcua.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test on the whole application (demo profile, a random port) that shares one Spring
 * context with every other test class so annotated: one in-memory database, one engine, one start.
 * A class that needs other settings declares its own {@code @SpringBootTest} (and its own database)
 * instead; one that adds beans of its own (a nested {@code @TestConfiguration}, {@code @Import})
 * gets a context of its own anyway and names its own database with {@code @TestPropertySource} (see
 * {@link SecurityIT}), or it would start on the data the shared context left. Shared state means:
 * count relative to the test's own dossiers, recipients and accounts, never absolutely; change no
 * reference data (catalogue, deployments, agencies); the rate limits of look-ups and one-time codes
 * are out of the way here, so tests of those limits set their own. {@link ContextGroups} runs the
 * classes of one context one after the other, and {@link ContextHandover} closes a context before
 * the next class needs another (Camunda's REST finds its engine in a static registry: two engines
 * alive at once would mix them up).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:integration;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents",
      // many test classes on one context, all from 127.0.0.1: no class may use up another's budget
      "motcua.lookup.rate-limits.lookups.capacity=1000000",
      "motcua.lookup.rate-limits.code-requests.capacity=1000000",
      "motcua.accounts.rate-limits.code-requests.capacity=1000000"
    })
@ActiveProfiles("demo")
public @interface IntegrationTest {}
