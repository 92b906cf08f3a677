package vn.motcua.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * No default password outside the demo profile: the application refuses to start when a setting
 * still has a value published with this code (the demo password, a sandbox secret), before any bean
 * or database connection exists. Registered in {@code META-INF/spring.factories}.
 */
public class DemoSecretsCheck implements EnvironmentPostProcessor, Ordered {

  public static final String DEMO_PROFILE = "demo";

  /**
   * The value every sandbox secret ships with; a sandbox adapter's settings may default to it in
   * any profile.
   */
  public static final String SANDBOX_SECRET = "SANDBOX-SECRET-CHANGE-ME";

  /** Settings whose shipped value is public, with that value. */
  static final Map<String, String> PUBLISHED_VALUES =
      Map.of(
          "camunda.bpm.admin-user.password", "demo",
          "motcua.payment.vnpay.hash-secret", SANDBOX_SECRET,
          "motcua.post.callback-secret", SANDBOX_SECRET,
          "motcua.national-portal.inbound-secret", SANDBOX_SECRET,
          "spring.security.oauth2.client.registration.vneid.client-secret", SANDBOX_SECRET);

  private static final ConfigurationPropertyName OURS = ConfigurationPropertyName.of("motcua");

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
      return;
    }
    List<String> problems = problems(environment);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Refusing to start: demo secrets outside the demo profile (active profiles: "
              + List.of(environment.getActiveProfiles())
              + ").\n - "
              + String.join("\n - ", problems)
              + "\nSet real values (from the environment or a secret store), or start with the profile '"
              + DEMO_PROFILE
              + "'.");
    }
  }

  static List<String> problems(ConfigurableEnvironment environment) {
    List<String> problems = new ArrayList<>();
    PUBLISHED_VALUES.forEach(
        (name, published) -> {
          if (published.equals(effective(environment, name))) {
            problems.add(
                name + " still has the value published with the code (\"" + published + "\")");
          }
        });
    for (String name : settingsWithSandboxSecret(environment)) {
      if (!PUBLISHED_VALUES.containsKey(name)) {
        problems.add(name + " has the sandbox value " + SANDBOX_SECRET);
      }
    }
    String adminId = effective(environment, "camunda.bpm.admin-user.id");
    String adminPassword = effective(environment, "camunda.bpm.admin-user.password");
    if (adminId != null
        && !adminId.isBlank()
        && (adminPassword == null || adminPassword.isBlank())) {
      problems.add(
          "camunda.bpm.admin-user.password is not set, so Camunda would make the user id '"
              + adminId
              + "' its password");
    }
    if (environment.getProperty("spring.h2.console.enabled", Boolean.class, false)) {
      problems.add(
          "spring.h2.console.enabled is true: the H2 console opens the database to the web");
    }
    return problems;
  }

  /**
   * Every motcua.* setting, from any source (files, environment variables, arguments), whose
   * effective value (after overrides and placeholders) is the sandbox secret.
   */
  private static TreeSet<String> settingsWithSandboxSecret(ConfigurableEnvironment environment) {
    TreeSet<String> names = new TreeSet<>();
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      if (source instanceof IterableConfigurationPropertySource iterable) {
        iterable.stream()
            .filter(OURS::isAncestorOf)
            .map(ConfigurationPropertyName::toString)
            .filter(name -> SANDBOX_SECRET.equals(effective(environment, name)))
            .forEach(names::add);
      }
    }
    return names;
  }

  /**
   * The value the application will see; a placeholder not resolvable yet is not a published value.
   */
  private static String effective(ConfigurableEnvironment environment, String name) {
    try {
      return environment.getProperty(name);
    } catch (IllegalArgumentException unresolvable) {
      return null;
    }
  }

  /** After the configuration files and profiles are in. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
