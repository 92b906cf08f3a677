package vn.motcua.it;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The integration tests' order (failsafe's {@code junit.jupiter.testclass.order.default}): first
 * the classes without a Spring test context (they start applications of their own), then the Spring
 * test classes grouped by their context configuration, so that the classes of one context (every
 * {@link IntegrationTest}) run one after the other and share it; by name within a group.
 */
public class ContextGroups implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    List<ClassDescriptor> byName = new ArrayList<>(context.getClassDescriptors());
    byName.sort(Comparator.comparing(d -> d.getTestClass().getName()));
    List<ClassDescriptor> plain = new ArrayList<>();
    Map<MergedContextConfiguration, List<ClassDescriptor>> groups = new LinkedHashMap<>();
    for (ClassDescriptor descriptor : byName) {
      MergedContextConfiguration configuration = configuration(descriptor.getTestClass());
      if (configuration == null) {
        plain.add(descriptor);
      } else {
        groups.computeIfAbsent(configuration, c -> new ArrayList<>()).add(descriptor);
      }
    }
    List<ClassDescriptor> ordered = new ArrayList<>(plain);
    groups.values().forEach(ordered::addAll);
    context.getClassDescriptors().sort(Comparator.comparingInt(ordered::indexOf));
  }

  /** The key of Spring's context cache for the class, null for a class without a Spring context. */
  static MergedContextConfiguration configuration(Class<?> testClass) {
    if (!TestContextAnnotationUtils.hasAnnotation(testClass, BootstrapWith.class)) {
      return null;
    }
    return BootstrapUtils.resolveTestContextBootstrapper(testClass)
        .buildMergedContextConfiguration();
  }
}
