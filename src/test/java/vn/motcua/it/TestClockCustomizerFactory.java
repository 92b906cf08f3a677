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
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives every Spring test context {@link TestClock#CLOCK} as its primary {@link Clock} (registered
 * in {@code META-INF/spring.factories}), so no test class can forget it and the application's own
 * clock bean stays as it is in production; a class annotated {@link MovableClock.Used} gets a
 * {@link MovableClock} of its own instead.
 */
class TestClockCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
    return new TestClockCustomizer(
        TestContextAnnotationUtils.hasAnnotation(testClass, MovableClock.Used.class));
  }

  /**
   * Equal for every class with the same kind of clock (a record): contexts that differ in nothing
   * else are still shared from the cache.
   */
  private record TestClockCustomizer(boolean movable) implements ContextCustomizer {

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      RootBeanDefinition clock =
          movable
              ? new RootBeanDefinition(MovableClock.class, MovableClock::new)
              : new RootBeanDefinition(Clock.class, () -> TestClock.CLOCK);
      clock.setPrimary(true);
      ((BeanDefinitionRegistry) context.getBeanFactory())
          .registerBeanDefinition("testClock", clock);
    }
  }
}
