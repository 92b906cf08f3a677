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
 * An integration test that changes the agency tree, reference data the {@link IntegrationTest}
 * context must keep: a context and database of its own, shared by the classes so annotated ({@link
 * ContextGroups} runs them one after the other). They add agencies with ids and codes of their own,
 * so they do not disturb each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:agencies;DB_CLOSE_DELAY=-1",
      "motcua.storage.documents=target/it-documents"
    })
@ActiveProfiles("demo")
public @interface AgencyTreeTest {}
