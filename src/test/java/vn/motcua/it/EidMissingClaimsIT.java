package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.applicant.Applicants;

/**
 * A client registration that asks the e-ID provider for {@code openid} alone, as the production
 * example in docs/edges.md once did: the sandbox provider, as a real one, then releases the citizen
 * ID but not the name and date of birth (scope {@code profile}). The portal refuses the sign-in,
 * logs the claims it lacked by name, and tells the citizen what is missing on the sign-in page,
 * where the password sign-in stays offered.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:eidclaims;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents",
      "spring.security.oauth2.client.registration.vneid.scope=openid"
    })
@ActiveProfiles("demo")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class EidMissingClaimsIT {

  @LocalServerPort int port;
  @Autowired Applicants applicants;

  @Test
  void claimsTheProviderDidNotRelease_areLoggedByName_andToldToTheCitizen_andNoAccountIsMade(
      CapturedOutput log) {
    PortalClient citizen = new PortalClient(port);
    HttpResponse<String> refused =
        citizen.signIn(
            citizen.follow(citizen.get("/oauth2/authorization/vneid")), "040088012345", "demo");
    assertThat(refused.uri().getPath()).isEqualTo("/dang-nhap");
    assertThat(refused.uri().getQuery()).isEqualTo("eidMissing");
    assertThat(refused.body())
        .contains("Đăng nhập không thành công")
        .contains("Tài khoản định danh điện tử VNeID chưa gửi về: Họ, chữ đệm và tên, Ngày sinh")
        .contains("name=\"password\"");
    assertThat(log.getAll())
        .contains(
            "VNeID sign-in refused: no usable claim [name, birthdate] (scopes asked: [openid])");
    assertThat(applicants.find("040088012345")).isEmpty();

    assertThat(citizen.get("/dang-nhap?eidMissing&lang=en").body())
        .contains("The national e-ID (VNeID) did not send: Full name, Date of birth");
  }
}
