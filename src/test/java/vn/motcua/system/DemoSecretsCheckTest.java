package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.motcua.MotCuaApplication;

/**
 * No default password outside the demo profile: the application does not start with one, and says
 * which.
 */
class DemoSecretsCheckTest {

  /** Starts the real application as {@code java -jar} would, with these arguments. */
  static void start(String... args) {
    new SpringApplicationBuilder(MotCuaApplication.class).run(args).close();
  }

  @Test
  void theDemoPasswordInProduction_stopsTheStart_beforeAnyDatabaseIsTouched() {
    // nothing listens on port 1: had the start got as far as the database, it would fail
    // differently
    assertThatThrownBy(
            () ->
                start(
                    "--spring.profiles.active=postgres",
                    "--MOTCUA_DB_URL=jdbc:postgresql://127.0.0.1:1/none",
                    "--camunda.bpm.admin-user.id=admin",
                    "--camunda.bpm.admin-user.password=demo"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Refusing to start: demo secrets outside the demo profile (active profiles: [postgres])")
        .hasMessageContaining(
            "camunda.bpm.admin-user.password still has the value published with the code (\"demo\")")
        .hasNoCause();
  }

  @Test
  void aSandboxSecretWithoutAnyProfile_stopsTheStart_andEveryProblemIsNamed() {
    assertThatThrownBy(
            () ->
                start(
                    "--motcua.payment.vnpay.hash-secret=" + DemoSecretsCheck.SANDBOX_SECRET,
                    "--motcua.delivery.post.callback-secret=" + DemoSecretsCheck.SANDBOX_SECRET,
                    "--spring.h2.console.enabled=true"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("active profiles: []")
        .hasMessageContaining(
            "motcua.payment.vnpay.hash-secret still has the value published with the code (\"SANDBOX-SECRET-CHANGE-ME\")")
        .hasMessageContaining(
            "motcua.delivery.post.callback-secret has the sandbox value SANDBOX-SECRET-CHANGE-ME")
        .hasMessageContaining("spring.h2.console.enabled is true");
  }

  @Test
  void theSandboxEidProvidersClientSecret_isRefusedOutsideDemo_alsoThroughAPlaceholder() {
    assertThat(
            DemoSecretsCheck.problems(
                environment(
                    Map.of(
                        "motcua.eid.sandbox.client-secret",
                        DemoSecretsCheck.SANDBOX_SECRET,
                        "spring.security.oauth2.client.registration.vneid.client-secret",
                        "${motcua.eid.sandbox.client-secret}"))))
        .containsExactlyInAnyOrder(
            "spring.security.oauth2.client.registration.vneid.client-secret still has the value published with the code (\"SANDBOX-SECRET-CHANGE-ME\")",
            "motcua.eid.sandbox.client-secret has the sandbox value SANDBOX-SECRET-CHANGE-ME");
  }

  @Test
  void anAdministratorWithoutPassword_isRefused_becauseCamundaWouldUseTheIdAsPassword() {
    assertThat(DemoSecretsCheck.problems(environment(Map.of("camunda.bpm.admin-user.id", "admin"))))
        .containsExactly(
            "camunda.bpm.admin-user.password is not set, so Camunda would make the user id 'admin' its password");
  }

  @Test
  void aSecretFromTheEnvironment_overridesTheSandboxDefaultOfTheFiles() {
    ConfigurableEnvironment environment =
        environment(Map.of("motcua.payment.vnpay.hash-secret", DemoSecretsCheck.SANDBOX_SECRET));
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "systemEnvironmentLike",
                Map.of("motcua.payment.vnpay.hash-secret", "f3a9c2e7d1b4")));
    assertThat(DemoSecretsCheck.problems(environment)).isEmpty();
  }

  @Test
  void theDemoProfile_keepsItsDemoSecrets() {
    ConfigurableEnvironment environment =
        environment(
            Map.of(
                "camunda.bpm.admin-user.id",
                "admin",
                "camunda.bpm.admin-user.password",
                "demo",
                "motcua.payment.vnpay.hash-secret",
                DemoSecretsCheck.SANDBOX_SECRET));
    environment.setActiveProfiles("postgres", "demo");
    assertThatCode(
            () ->
                new DemoSecretsCheck().postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void realSecretsOutsideDemo_pass() {
    ConfigurableEnvironment environment =
        environment(
            Map.of(
                "camunda.bpm.admin-user.id",
                "root",
                "camunda.bpm.admin-user.password",
                "c0rrect-h0rse-battery",
                "motcua.payment.vnpay.hash-secret",
                "f3a9c2e7d1b4",
                "motcua.one-time-codes.secret",
                "q8ZrT2vLx4mN7pW1cY6bH3jK9sD5fG0a"));
    environment.setActiveProfiles("postgres");
    assertThatCode(
            () ->
                new DemoSecretsCheck().postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void withoutTheOneTimeCodesSecret_theStartIsRefused_namingTheSetting() {
    // every other secret real: the one-time codes' key alone stops the start, before the database
    assertThatThrownBy(
            () ->
                start(
                    "--spring.profiles.active=postgres",
                    "--MOTCUA_DB_URL=jdbc:postgresql://127.0.0.1:1/none",
                    "--camunda.bpm.admin-user.id=root",
                    "--camunda.bpm.admin-user.password=c0rrect-h0rse-battery",
                    "--motcua.payment.vnpay.hash-secret=f3a9c2e7d1b4",
                    "--motcua.post.callback-secret=a-real-carrier-secret",
                    "--motcua.national-portal.inbound-secret=a-real-portal-secret"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Refusing to start")
        .hasMessageContaining(
            "motcua.one-time-codes.secret is not set: the one-time codes (look-up, account"
                + " activation, password reset, signing) are keyed with it, and every node must"
                + " have the same one (at least 32 characters)")
        .hasNoCause();
  }

  @Test
  void aShortOneTimeCodesSecret_orTheDemosOne_isRefusedOutsideDemo() {
    assertThat(
            DemoSecretsCheck.problems(
                environment(Map.of("motcua.one-time-codes.secret", "short-secret"))))
        .containsExactly(
            "motcua.one-time-codes.secret is too short: at least 32 characters (it has 12)");
    assertThat(
            DemoSecretsCheck.problems(
                environment(
                    Map.of(
                        "motcua.one-time-codes.secret",
                        DemoSecretsCheck.DEMO_ONE_TIME_CODES_SECRET))))
        .containsExactly(
            "motcua.one-time-codes.secret still has the value published with the code (\""
                + DemoSecretsCheck.DEMO_ONE_TIME_CODES_SECRET
                + "\")");
  }

  @Test
  void theFormerNameOfTheOneTimeCodesSecret_stillCounts() {
    assertThat(
            DemoSecretsCheck.problems(
                environment(Map.of("motcua.lookup.secret", "q8ZrT2vLx4mN7pW1cY6bH3jK9sD5fG0a"))))
        .isEmpty();
  }

  /**
   * These settings as the configuration files; a real one-time-codes secret unless they name one,
   * so that each test sees only the problems it is about.
   */
  static ConfigurableEnvironment environment(Map<String, Object> properties) {
    Map<String, Object> files = new HashMap<>(properties);
    if (!files.containsKey("motcua.one-time-codes.secret")
        && !files.containsKey("motcua.lookup.secret")) {
      files.put("motcua.one-time-codes.secret", "q8ZrT2vLx4mN7pW1cY6bH3jK9sD5fG0a");
    }
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addLast(new MapPropertySource("files", files));
    ConfigurationPropertySources.attach(environment);
    return environment;
  }
}
