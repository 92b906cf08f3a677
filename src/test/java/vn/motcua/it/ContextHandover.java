package vn.motcua.it;

import java.util.Objects;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Closes the previous test class's application context before a class that needs another one
 * (registered in {@code META-INF/spring.factories}). Spring's cache would keep both open, and the
 * application holds one Camunda engine: its REST API looks the engine up by name in a static
 * registry, so a second engine takes the first one's place there and, when closed, removes it.
 * Classes that share a context ({@link IntegrationTest}, run together by {@link ContextGroups})
 * keep it.
 */
public class ContextHandover extends AbstractTestExecutionListener {

  private static TestContext previous;
  private static MergedContextConfiguration previousConfiguration;

  @Override
  public int getOrder() {
    // before every other listener: nothing may load the new context while the old one is open
    return 0;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    MergedContextConfiguration configuration =
        ContextGroups.configuration(testContext.getTestClass());
    synchronized (ContextHandover.class) {
      if (previous != null && !Objects.equals(previousConfiguration, configuration)) {
        previous.markApplicationContextDirty(null);
      }
      previous = testContext;
      previousConfiguration = configuration;
    }
  }
}
