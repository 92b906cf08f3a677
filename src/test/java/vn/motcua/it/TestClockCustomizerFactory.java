package vn.motcua.it;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context {@link TestClock#CLOCK} as its primary {@link Clock} (registered
 * in {@code META-INF/spring.factories}), so no test class can forget it and the application's own
 * clock bean stays as it is in production.
 */
class TestClockCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
    return new TestClockCustomizer();
  }

  private static final class TestClockCustomizer implements ContextCustomizer {

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      RootBeanDefinition clock = new RootBeanDefinition(Clock.class, () -> TestClock.CLOCK);
      clock.setPrimary(true);
      ((BeanDefinitionRegistry) context.getBeanFactory())
          .registerBeanDefinition("testClock", clock);
    }

    // one clock for all: contexts that differ in nothing else are still shared from the cache
    @Override
    public boolean equals(Object other) {
      return other instanceof TestClockCustomizer;
    }

    @Override
    public int hashCode() {
      return TestClockCustomizer.class.hashCode();
    }
  }
}
