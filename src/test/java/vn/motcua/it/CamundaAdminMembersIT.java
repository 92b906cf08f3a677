package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.MotCuaApplication;

/**
 * Outside the demo profile the application does not open while the {@code camunda-admin} group has
 * no direct member (the state in which Admin's setup endpoint gives an administrator account to
 * anyone), and a deployment that names its first administrator starts. Each start is the real
 * application on its own in-memory database, closed before the next (Camunda's REST finds its
 * engine in a static registry).
 */
class CamundaAdminMembersIT {

  static ConfigurableApplicationContext start(String database, String... args) {
    String[] common = {
      "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "--server.port=0",
      "--motcua.storage.documents=target/it-documents",
      // real values for the sandbox secrets: this test is about the administrator, not about them
      "--motcua.payment.vnpay.hash-secret=a-real-merchant-secret",
      "--motcua.post.callback-secret=a-real-carrier-secret",
      "--motcua.national-portal.inbound-secret=a-real-portal-secret",
      "--motcua.one-time-codes.secret=it-only-one-time-codes-key-8d2f6b1c"
    };
    String[] all = new String[common.length + args.length];
    System.arraycopy(common, 0, all, 0, common.length);
    System.arraycopy(args, 0, all, common.length, args.length);
    return new SpringApplicationBuilder(MotCuaApplication.class).run(all);
  }

  @Test
  void withoutAnAdministrator_theApplicationRefusesToStart() {
    assertThatThrownBy(() -> start("noadmin").close())
        .hasStackTraceContaining("The Camunda group 'camunda-admin' has no direct member")
        .hasStackTraceContaining("camunda.bpm.admin-user.id");
  }

  @Test
  void withItsFirstAdministratorNamed_theApplicationStarts_andTheSetupEndpointStaysShut() {
    try (ConfigurableApplicationContext context =
        start(
            "firstadmin",
            "--camunda.bpm.admin-user.id=root",
            "--camunda.bpm.admin-user.password=c0rrect-h0rse-battery")) {
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
          .extracting(User::getId)
          .containsExactly("root");
      assertThat(identity.createUserQuery().userId("mc.lamthanh").count())
          .as("no demo officers outside demo")
          .isZero();
      TestRestTemplate rest = new TestRestTemplate();
      String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
      assertThat(
              rest.getForEntity(base + "/camunda/api/admin/setup/default/user/create", String.class)
                  .getStatusCode()
                  .value())
          .isEqualTo(403);
      assertThat(
              rest.withBasicAuth("root", "c0rrect-h0rse-battery")
                  .getForEntity(base + "/engine-rest/version", String.class)
                  .getStatusCode()
                  .value())
          .isEqualTo(200);
    }
  }
}
