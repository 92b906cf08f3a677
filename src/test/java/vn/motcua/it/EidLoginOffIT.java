package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Without the demo profile and without a "vneid" client registration (a deployment that has not
 * registered with the national portal yet) the application starts as before: no e-ID button, no
 * OAuth2 sign-in, no sandbox provider.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:eidoff;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents",
      "motcua.payment.vnpay.hash-secret=it-only-3f9a2c",
      "motcua.post.callback-secret=it-only-7b1e4d",
      "motcua.national-portal.inbound-secret=it-only-5c2a9f",
      "camunda.bpm.admin-user.id=it-admin",
      "camunda.bpm.admin-user.password=it-only-9c4e1a",
      "motcua.one-time-codes.secret=it-only-one-time-codes-key-8d2f6b1c"
    })
@DirtiesContext
class EidLoginOffIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void noRegistration_noButton_noOAuth2SignIn_noSandboxProvider() {
    assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
    PortalClient visitor = new PortalClient(port);
    HttpResponse<String> login = visitor.follow(visitor.get("/dang-nhap"));
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body())
        .contains("Đăng nhập")
        .doesNotContain("VNeID")
        .doesNotContain("/oauth2/authorization");
    assertThat(visitor.follow(visitor.get("/oauth2/authorization/vneid")).uri().getPath())
        .as("an ordinary protected address")
        .isEqualTo("/dang-nhap");
    assertThat(visitor.get("/sandbox/vneid/.well-known/openid-configuration").statusCode())
        .isEqualTo(404);
  }
}
