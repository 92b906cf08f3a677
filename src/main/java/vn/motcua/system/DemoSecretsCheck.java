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
 * still has a value published with this code (the demo password, a sandbox secret), or when a
 * secret that every node must share is missing or too short (the one-time codes' key: a random one
 * per start would make each node refuse the codes another sent), before any bean or database
 * connection exists. Registered in {@code META-INF/spring.factories}.
 */
public class DemoSecretsCheck implements EnvironmentPostProcessor, Ordered {

  public static final String DEMO_PROFILE = "demo";

  /**
   * The value every sandbox secret ships with; a sandbox adapter's settings may default to it in
   * any profile.
   */
  public static final String SANDBOX_SECRET = "SANDBOX-SECRET-CHANGE-ME";

  /** The key of the one-time codes (formerly {@code motcua.lookup.secret}, still read). */
  public static final String ONE_TIME_CODES_SECRET = "motcua.one-time-codes.secret";

  static final String LEGACY_ONE_TIME_CODES_SECRET = "motcua.lookup.secret";

  /** 32 characters: a 256-bit key for HMAC-SHA256 when they are random letters and digits. */
  public static final int MIN_SECRET_LENGTH = 32;

  /** The demo profile's one-time-code key (application-demo.yml), public like every demo value. */
  static final String DEMO_ONE_TIME_CODES_SECRET =
      "DEMO-ONLY-one-time-codes-key-published-with-the-code";

  /** Settings whose shipped value is public, with that value. */
  static final Map<String, String> PUBLISHED_VALUES =
      Map.of(
          "camunda.bpm.admin-user.password",
          "demo",
          ONE_TIME_CODES_SECRET,
          DEMO_ONE_TIME_CODES_SECRET,
          LEGACY_ONE_TIME_CODES_SECRET,
          DEMO_ONE_TIME_CODES_SECRET,
          "motcua.payment.vnpay.hash-secret",
          SANDBOX_SECRET,
          "motcua.post.callback-secret",
          SANDBOX_SECRET,
          "motcua.national-portal.inbound-secret",
          SANDBOX_SECRET,
          "spring.security.oauth2.client.registration.vneid.client-secret",
          SANDBOX_SECRET);

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
    String oneTimeCodesSecret = effective(environment, ONE_TIME_CODES_SECRET);
    if (oneTimeCodesSecret == null || oneTimeCodesSecret.isBlank()) {
      oneTimeCodesSecret = effective(environment, LEGACY_ONE_TIME_CODES_SECRET);
    }
    if (oneTimeCodesSecret == null || oneTimeCodesSecret.isBlank()) {
      problems.add(
          ONE_TIME_CODES_SECRET
              + " is not set: the one-time codes (look-up, account activation, password reset,"
              + " signing) are keyed with it, and every node must have the same one (at least "
              + MIN_SECRET_LENGTH
              + " characters)");
    } else if (oneTimeCodesSecret.strip().length() < MIN_SECRET_LENGTH) {
      problems.add(
          ONE_TIME_CODES_SECRET
              + " is too short: at least "
              + MIN_SECRET_LENGTH
              + " characters (it has "
              + oneTimeCodesSecret.strip().length()
              + ")");
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
