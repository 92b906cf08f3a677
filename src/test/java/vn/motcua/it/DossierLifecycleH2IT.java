package vn.motcua.it;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lifecycle on the embedded default database, H2. Every integration test closes its context
 * after its class: the Camunda REST API finds its engine by name ("default") in a static registry,
 * and closing one cached context would unregister the engine another still uses.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:lifecycle;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents"
    })
@ActiveProfiles("demo")
@org.springframework.test.annotation.DirtiesContext
class DossierLifecycleH2IT extends DossierLifecycleScenarios {}
