package vn.motcua.it;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Sign-ins at once on the embedded default database, H2. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:signins;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents",
      "motcua.accounts.lockout.threshold=" + ConcurrentSignInScenarios.THRESHOLD
    })
@ActiveProfiles("demo")
@Import(ConcurrentSignInScenarios.Probe.class)
@DirtiesContext
class ConcurrentSignInH2IT extends ConcurrentSignInScenarios {}
