package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.Applicants;
import vn.motcua.applicant.ProfileAuditEntry;

/**
 * Acceptance 3 of the portal issue, over real HTTP as a browser goes: "Đăng nhập bằng VNeID" runs
 * the authorization-code flow against the demo's sandbox e-ID provider (its sign-in page, its CSRF
 * token, the code back to the portal), and the portal links the e-ID to the account holding the
 * citizen ID or creates one. The sandbox and the portal share the host and the session cookie, yet
 * neither signs anyone into the other.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:eidlogin;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents"
    })
@ActiveProfiles("demo")
@DirtiesContext
class EidLoginIT {

  static final String BUTTON = "Đăng nhập bằng tài khoản định danh điện tử VNeID";
  static final String SANDBOX_LOGIN = "/sandbox/vneid/dang-nhap";

  @LocalServerPort int port;
  @Autowired Applicants applicants;
  @Autowired JdbcTemplate jdbc;

  @Test
  void
      aDemoCitizen_signsInWithVneid_andComesBackSignedInToTheirExistingAccount_onThePageTheyWanted() {
    PortalClient citizen = new PortalClient(port);
    HttpResponse<String> login = citizen.follow(citizen.get("/tai-khoan"));
    assertThat(login.uri().getPath()).isEqualTo("/dang-nhap");
    assertThat(login.body()).contains(BUTTON).contains("href=\"/oauth2/authorization/vneid\"");

    HttpResponse<String> provider = citizen.follow(citizen.get("/oauth2/authorization/vneid"));
    URI authorize = citizen.hops.get(1);
    var query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams();
    assertThat(authorize.getPath()).isEqualTo("/sandbox/vneid/oauth2/authorize");
    assertThat(query.getFirst("acr_values")).isEqualTo("LoA1");
    assertThat(UriUtils.decode(query.getFirst("scope"), StandardCharsets.UTF_8))
        .as("the scopes that release what the portal reads")
        .isEqualTo("openid profile phone email");
    assertThat(query.getFirst("response_type")).isEqualTo("code");
    assertThat(query.getFirst("client_id")).isEqualTo("motcua-portal");
    assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
    assertThat(query.getFirst("nonce")).isNotBlank();
    assertThat(query.getFirst("redirect_uri"))
        .isEqualTo("http://localhost:" + port + "/login/oauth2/code/vneid");
    assertThat(provider.uri().getPath()).isEqualTo(SANDBOX_LOGIN);
    assertThat(provider.body())
        .contains("MÔI TRƯỜNG THỬ NGHIỆM")
        .contains("Tài khoản định danh điện tử VNeID")
        .contains("Mức độ xác thực được yêu cầu: LoA1");

    HttpResponse<String> landed = citizen.signIn(provider, "040090001234", "demo");
    assertThat(citizen.hops)
        .extracting(URI::getPath)
        .containsSubsequence(
            SANDBOX_LOGIN,
            "/sandbox/vneid/oauth2/authorize",
            "/login/oauth2/code/vneid",
            "/tai-khoan");
    assertThat(landed.statusCode()).isEqualTo(200);
    assertThat(landed.uri().getPath()).isEqualTo("/tai-khoan");
    assertThat(landed.body()).contains("Nguyễn Văn An").contains("citizen1").contains("Đăng xuất");
    assertThat(applicants.find("040090001234")).as("no second account").isEmpty();
    assertThat(applicants.auditTrail("citizen1"))
        .extracting(ProfileAuditEntry::field)
        .containsOnlyOnce("eidLinked");

    // the sign-in is the portal's own: a second visit of the provider is not needed for the next
    // page
    assertThat(citizen.follow(citizen.get("/tai-khoan")).uri().getPath()).isEqualTo("/tai-khoan");
  }

  @Test
  void aCitizenWithoutAnAccount_getsOneFromTheirVneidIdentity_andIsAskedForTheAddress_once() {
    PortalClient citizen = new PortalClient(port);
    HttpResponse<String> landed =
        citizen.signIn(
            citizen.follow(citizen.get("/oauth2/authorization/vneid")), "040088012345", "demo");
    assertThat(landed.uri().getPath()).isEqualTo("/tai-khoan");
    assertThat(landed.uri().getQuery()).isEqualTo("incomplete");
    assertThat(landed.body())
        .contains("Lê Văn Cường")
        .contains("Vui lòng bổ sung địa chỉ liên hệ")
        .contains("Tạo tài khoản bằng VNeID");

    ApplicantProfile created = applicants.find("040088012345").orElseThrow();
    assertThat(created.kind()).isEqualTo(ApplicantProfile.INDIVIDUAL);
    assertThat(created.fullName()).isEqualTo("Lê Văn Cường");
    assertThat(created.citizenId()).isEqualTo("040088012345");
    assertThat(created.dateOfBirth()).isEqualTo(LocalDate.of(1988, 11, 20));
    assertThat(created.phone()).isEqualTo("0936123456");
    assertThat(created.email()).isEqualTo("cuong.le@example.vn");
    assertThat(created.address()).isNull();
    assertThat(applicants.auditTrail("040088012345"))
        .extracting(ProfileAuditEntry::field)
        .containsExactly("eidCreated");

    // the next sign-in, in another browser, finds the same account
    PortalClient again = new PortalClient(port);
    assertThat(
            again
                .signIn(
                    again.follow(again.get("/oauth2/authorization/vneid")), "040088012345", "demo")
                .body())
        .contains("Lê Văn Cường");
    assertThat(applicants.auditTrail("040088012345")).hasSize(1);
  }

  @Test
  void wrongPasswordsAtTheProvider_stayThere_andCountNothingAgainstThePortalAccount() {
    PortalClient citizen = new PortalClient(port);
    HttpResponse<String> page = citizen.follow(citizen.get("/oauth2/authorization/vneid"));
    for (int i = 0; i < 6; i++) { // more than the portal's lockout threshold
      page = citizen.signIn(page, "040090001234", "not-demo");
      assertThat(page.uri().getPath()).isEqualTo(SANDBOX_LOGIN);
      assertThat(page.uri().getQuery()).isEqualTo("error");
      assertThat(page.body()).contains("Số định danh cá nhân hoặc mật khẩu không đúng.");
    }
    assertThat(citizen.follow(citizen.get("/tai-khoan")).uri().getPath())
        .as("not signed in to the portal")
        .isEqualTo("/dang-nhap");

    // the portal account with that citizen ID is not locked: its own password still opens it
    HttpResponse<String> portal =
        citizen.signIn(citizen.follow(citizen.get("/tai-khoan")), "040090001234", "demo");
    assertThat(portal.uri().getPath()).isEqualTo("/tai-khoan");
    assertThat(portal.body()).contains("Nguyễn Văn An");
  }

  @Test
  void aMalformedCitizenIdFromTheProvider_isRefused_withAMessageOnTheLoginPage_andNoAccount() {
    PortalClient visitor = new PortalClient(port);
    HttpResponse<String> refused =
        visitor.signIn(
            visitor.follow(visitor.get("/oauth2/authorization/vneid")), "999999999999", "demo");
    assertThat(refused.uri().getPath()).isEqualTo("/dang-nhap");
    assertThat(refused.uri().getQuery()).isEqualTo("eidCitizenId");
    assertThat(refused.body())
        .contains("Đăng nhập không thành công")
        .contains("gửi về số định danh cá nhân không hợp lệ");
    assertThat(applicants.find("999999999999")).isEmpty();
    assertThat(visitor.follow(visitor.get("/tai-khoan")).uri().getPath()).isEqualTo("/dang-nhap");
  }

  @Test
  void signingInAtTheProvider_signsNobodyIntoThePortal_andKeepsThePageThePortalReturnsTo() {
    PortalClient citizen = new PortalClient(port);
    citizen.follow(
        citizen.get(
            "/oauth2/authorization/vneid")); // the provider's sign-in page, whose CSRF token the
    // post sends
    HttpResponse<String> signedInThere =
        citizen.post(SANDBOX_LOGIN, Map.of("username", "040090001234", "password", "demo"));
    assertThat(signedInThere.statusCode()).isEqualTo(302);
    String onwards = signedInThere.headers().firstValue("Location").orElseThrow();
    assertThat(onwards).contains("/sandbox/vneid/oauth2/authorize");

    // between the provider's sign-in and the way back, the portal still knows nobody
    HttpResponse<String> portal = citizen.follow(citizen.get("/tai-khoan"));
    assertThat(portal.uri().getPath()).isEqualTo("/dang-nhap");
    assertThat(portal.body()).doesNotContain("Đăng xuất");

    // going on, the portal signs the citizen in and returns to the page they asked for last
    HttpResponse<String> landed = citizen.follow(citizen.get(onwards));
    assertThat(landed.uri().getPath()).isEqualTo("/tai-khoan");
    assertThat(landed.body()).contains("Nguyễn Văn An");
  }

  @Test
  void aPortalSession_signsNobodyInAtTheProvider() {
    PortalClient citizen = new PortalClient(port);
    HttpResponse<String> portal =
        citizen.signIn(citizen.follow(citizen.get("/tai-khoan")), "citizen2", "demo");
    assertThat(portal.body()).contains("Trần Thị Bình");
    HttpResponse<String> provider = citizen.follow(citizen.get("/oauth2/authorization/vneid"));
    assertThat(provider.uri().getPath())
        .as("the provider asks for its own sign-in")
        .isEqualTo(SANDBOX_LOGIN);
  }

  @Test
  void
      theProvider_publishesItsDiscoveryDocument_underItsIssuerWithAPath_andSendsCodesOnlyBackToThisServer() {
    PortalClient visitor = new PortalClient(port);
    String issuer = "http://localhost:" + port + "/sandbox/vneid";
    HttpResponse<String> discovery =
        visitor.follow(visitor.get("/sandbox/vneid/.well-known/openid-configuration"));
    assertThat(discovery.statusCode()).isEqualTo(200);
    assertThat(discovery.body())
        .contains("\"issuer\":\"" + issuer + "\"")
        .contains("\"authorization_endpoint\":\"" + issuer + "/oauth2/authorize\"")
        .contains("\"jwks_uri\":\"" + issuer + "/oauth2/jwks\"");

    HttpResponse<String> elsewhere =
        visitor.get(
            "/sandbox/vneid/oauth2/authorize?response_type=code&client_id=motcua-portal"
                + "&scope=openid&state=s&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
                + "&redirect_uri=http%3A%2F%2Fattacker.example%2Flogin%2Foauth2%2Fcode%2Fvneid");
    assertThat(elsewhere.statusCode()).isEqualTo(400);
    assertThat(elsewhere.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void
      theEidsNameAndDateOfBirth_replaceTheAccountsAtEachSignIn_audited_andReadOnlyEvenToAForgedForm() {
    // what the account says before: a typo at registration, or population data changed since
    jdbc.update(
        "update applicant_account set full_name = 'Trần Thị Bính', date_of_birth = date '1995-02-08' where username = 'citizen2'");
    PortalClient citizen = new PortalClient(port);
    citizen.signIn(
        citizen.follow(citizen.get("/oauth2/authorization/vneid")), "040195004321", "demo");
    ApplicantProfile profile = applicants.find("citizen2").orElseThrow();
    assertThat(profile.fullName()).isEqualTo("Trần Thị Bình");
    assertThat(profile.dateOfBirth()).isEqualTo(LocalDate.of(1995, 8, 2));
    assertThat(applicants.auditTrail("citizen2"))
        .filteredOn(entry -> entry.actor().equals("VNeID"))
        .extracting(
            ProfileAuditEntry::field, ProfileAuditEntry::oldValue, ProfileAuditEntry::newValue)
        .contains(
            tuple("fullName", "Trần Thị Bính", "Trần Thị Bình"),
            tuple("dateOfBirth", "1995-02-08", "1995-08-02"));

    String page = citizen.get("/tai-khoan").body();
    assertThat(page)
        .containsPattern("<input id=\"fullName\"[^>]*readonly")
        .containsPattern("<input id=\"dateOfBirth\"[^>]*readonly")
        .containsPattern("<input id=\"citizenId\"[^>]*readonly")
        .doesNotContainPattern("<input id=\"phone\"[^>]*readonly")
        .contains("Theo tài khoản định danh điện tử VNeID, cập nhật mỗi lần đăng nhập bằng VNeID");

    Map<String, String> forged =
        AccountForms.profile(
            "Trần Thị Khác",
            "040195004321",
            "1995-01-01",
            "0987654321",
            "binh.tran@example.vn",
            "Khối 5, phường Vinh Phú, tỉnh Nghệ An");
    HttpResponse<String> refused = citizen.post("/tai-khoan", forged);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains(
            "Họ, chữ đệm và tên: theo tài khoản định danh điện tử VNeID, không thay đổi được tại đây.")
        .contains("Ngày sinh: theo tài khoản định danh điện tử VNeID");
    assertThat(applicants.find("citizen2").orElseThrow().fullName()).isEqualTo("Trần Thị Bình");

    // the next e-ID sign-in, not only the first, takes the e-ID's word again
    jdbc.update(
        "update applicant_account set full_name = 'Trần Thị Bính' where username = 'citizen2'");
    PortalClient again = new PortalClient(port);
    again.signIn(again.follow(again.get("/oauth2/authorization/vneid")), "040195004321", "demo");
    assertThat(applicants.find("citizen2").orElseThrow().fullName()).isEqualTo("Trần Thị Bình");
  }
}
