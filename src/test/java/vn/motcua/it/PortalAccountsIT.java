package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.notification.Outbox;

/**
 * Accounts on the portal as a citizen meets them, without JavaScript: register, get the code by SMS
 * or e-mail (the sandbox SMS outbox, the embedded SMTP server), activate, sign in, get locked out
 * by wrong passwords, reset the password, edit the profile (name and ID changes audited). Each test
 * is its own client address, since code requests are limited per address.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:accounts;DB_CLOSE_DELAY=-1",
          "motcua.storage.documents=target/it-documents",
      "server.forward-headers-strategy=native", "motcua.accounts.lockout.threshold=3"
    })
@ActiveProfiles("demo")
@DirtiesContext
class PortalAccountsIT {

  static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

  @LocalServerPort int port;

  @Autowired Outbox outbox;

  @Autowired JdbcTemplate jdbc;

  static Map<String, String> individual(String citizenId, String dateOfBirth, String phone) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", "INDIVIDUAL");
    form.put("fullName", "Lê Thị Hoa");
    form.put("citizenId", citizenId);
    form.put("dateOfBirth", dateOfBirth);
    form.put("phone", phone);
    form.put("email", "");
    form.put("address", "Xóm 3, xã Lam Thành, tỉnh Nghệ An");
    form.put("password", "matkhau2026");
    form.put("passwordConfirmation", "matkhau2026");
    form.put("channel", "SMS");
    return form;
  }

  /**
   * Sets a new password with the code mailed to Trần Thị Bình for reset request {@code requestId}.
   */
  HttpResponse<String> resetPassword(PortalClient citizen, String requestId, String password) {
    return citizen.post(
        "/dat-lai-mat-khau",
        Map.of(
            "request",
            requestId,
            "code",
            codeSentTo("binh.tran@example.vn"),
            "password",
            password,
            "passwordConfirmation",
            password));
  }

  String codeSentTo(String recipient) {
    String body = outbox.latestTo(recipient).orElseThrow().body();
    Matcher m = SIX_DIGITS.matcher(body);
    assertThat(m.find()).as("a 6-digit code in: " + body).isTrue();
    return m.group(1);
  }

  @Test
  void
      anEmptyRegistration_isRefused_withEveryProblemSummarisedAndAtItsField_andNothingTypedIsLost() {
    PortalClient citizen = new PortalClient(port, "198.51.100.1");
    assertThat(citizen.get("/dang-ky").body())
        .contains("Đăng ký tài khoản công dân")
        .contains("Thông tin có dấu * là bắt buộc");
    Map<String, String> form = individual("040090001239", "1991-05-05", "09123");
    form.put("fullName", "");
    form.put("passwordConfirmation", "khac2026x");
    HttpResponse<String> page = citizen.post("/dang-ky", form);
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body())
        .contains("Có thông tin cần sửa")
        .contains("href=\"#fullName\"")
        .contains("Họ, chữ đệm và tên: vui lòng nhập thông tin bắt buộc.")
        .contains("Số điện thoại di động: số điện thoại di động phải gồm 10 chữ số")
        .contains(
            "Ngày sinh: năm sinh không khớp với số định danh cá nhân (số định danh cho năm sinh 1990)")
        .contains("Nhập lại mật khẩu: hai mật khẩu không giống nhau.")
        .contains("id=\"phone-error\"")
        .contains("aria-describedby=\"phone-hint phone-error\"")
        .contains("value=\"040090001239\"")
        .contains("value=\"Xóm 3, xã Lam Thành, tỉnh Nghệ An\"")
        .doesNotContain("matkhau2026");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from applicant_account where citizen_id = '040090001239'",
                Integer.class))
        .isZero();
  }

  @Test
  void register_activateBySms_signIn_andSignOut() {
    PortalClient citizen = new PortalClient(port, "198.51.100.2");
    citizen.get("/dang-ky");
    HttpResponse<String> registered =
        citizen.post("/dang-ky", individual("040191007777", "1991-07-07", "0911000777"));
    assertThat(registered.statusCode()).isEqualTo(302);
    String activation = PortalClient.location(registered);
    assertThat(activation).startsWith("/kich-hoat?request=");
    assertThat(citizen.get(activation).body())
        .contains("đã được gửi qua tin nhắn SMS tới số 09******77");
    String code = codeSentTo("0911000777");

    for (int i = 0;
        i < 3;
        i++) { // this test's lockout threshold: the right password is no failure, active or not
      assertThat(citizen.login("040191007777", "matkhau2026"))
          .as("not active yet, right password")
          .isEqualTo("/dang-nhap?notActivated");
    }
    assertThat(citizen.get("/dang-nhap?notActivated").body())
        .contains("Tài khoản chưa được kích hoạt")
        .contains("Gửi mã mới qua SMS");

    citizen.get(activation);
    String wrong = code.equals("000000") ? "111111" : "000000";
    HttpResponse<String> refused =
        citizen.post(
            "/kich-hoat",
            Map.of("request", activation.substring("/kich-hoat?request=".length()), "code", wrong));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Mã xác thực không đúng").contains("id=\"code-error\"");
    HttpResponse<String> activated =
        citizen.post(
            "/kich-hoat",
            Map.of("request", activation.substring("/kich-hoat?request=".length()), "code", code));
    assertThat(PortalClient.location(activated)).isEqualTo("/dang-nhap?activated");

    assertThat(citizen.login("040191007777", "matkhau2026")).isEqualTo("/ho-so-cua-toi");
    String profile = citizen.get("/tai-khoan").body();
    assertThat(profile).contains("value=\"Lê Thị Hoa\"").contains("Đăng xuất");
    HttpResponse<String> out = citizen.post("/dang-xuat", Map.of());
    assertThat(PortalClient.location(out)).isEqualTo("/dang-nhap?loggedOut");
    assertThat(citizen.get("/dang-nhap?dangXuat").body())
        .as("a link with the former Vietnamese name")
        .contains("Bạn đã đăng xuất");
    HttpResponse<String> after = citizen.get("/tai-khoan");
    assertThat(after.statusCode() + " " + PortalClient.location(after))
        .as("signed out")
        .isEqualTo("302 /dang-nhap");
  }

  @Test
  void anOrganisation_registersWithItsTaxCode_andGetsTheCodeByEmail() {
    PortalClient company = new PortalClient(port, "198.51.100.3");
    assertThat(company.get("/dang-ky?kind=to-chuc").body())
        .contains("Mã số thuế")
        .contains("Người đại diện theo pháp luật");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", "ORGANISATION");
    form.put("fullName", "Công ty TNHH Sông Lam");
    form.put("taxCode", "2901234");
    form.put("representative", "Phan Văn Đức");
    form.put("phone", "0988000111");
    form.put("email", "ketoan@songlam.example.vn");
    form.put("address", "Khối 1, phường Vinh Hưng, tỉnh Nghệ An");
    form.put("password", "songlam2026");
    form.put("passwordConfirmation", "songlam2026");
    form.put("channel", "EMAIL");
    HttpResponse<String> bad = company.post("/dang-ky", form);
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("Mã số thuế: gồm 10 chữ số, hoặc 13 chữ số");
    form.put("taxCode", "2901234567");
    HttpResponse<String> ok = company.post("/dang-ky", form);
    assertThat(company.get(PortalClient.location(ok)).body())
        .contains("đã được gửi tới thư điện tử k*****@songlam.example.vn");
    var mail = outbox.latestTo("ketoan@songlam.example.vn").orElseThrow();
    assertThat(mail.subject()).startsWith("Mã kích hoạt tài khoản Một Cửa");
    assertThat(mail.body()).contains("Kính gửi Công ty TNHH Sông Lam");
    company.post(
        "/kich-hoat",
        Map.of(
            "request",
            PortalClient.location(ok).substring("/kich-hoat?request=".length()),
            "code",
            codeSentTo("ketoan@songlam.example.vn")));
    assertThat(company.login("2901234567", "songlam2026")).isEqualTo("/ho-so-cua-toi");
  }

  @Test
  void aCitizenIdThatHasAnAccount_cannotRegisterAgain() {
    PortalClient stranger = new PortalClient(port, "198.51.100.4");
    stranger.get("/dang-ky");
    HttpResponse<String> page =
        stranger.post("/dang-ky", individual("040090001234", "1990-03-14", "0911000888"));
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body()).contains("số định danh này đã có tài khoản");
  }

  @Test
  void wrongPasswords_lockTheAccount_evenAgainstTheRightOne_andAResetByEmailOpensItAgain() {
    PortalClient citizen = new PortalClient(port, "198.51.100.5");
    assertThat(citizen.login("citizen2", "sai-mat-khau-1")).isEqualTo("/dang-nhap?error");
    assertThat(citizen.get("/dang-nhap?error").body())
        .contains("Số định danh, mã số thuế hoặc mật khẩu không đúng")
        .contains("value=\"citizen2\"");
    citizen.login("040195004321", "sai-mat-khau-2");
    citizen.login("citizen2", "sai-mat-khau-3");
    assertThat(citizen.login("citizen2", "demo"))
        .as("locked after 3 (this test's threshold)")
        .isEqualTo("/dang-nhap?locked");
    assertThat(citizen.get("/dang-nhap?locked").body()).contains("Tài khoản tạm khóa");

    citizen.get("/quen-mat-khau");
    HttpResponse<String> asked =
        citizen.post("/quen-mat-khau", Map.of("login", "040195004321", "channel", "EMAIL"));
    String reset = PortalClient.location(asked);
    assertThat(reset).startsWith("/dat-lai-mat-khau?request=");
    assertThat(citizen.get(reset).body()).contains("Nếu thông tin bạn nhập đúng với một tài khoản");
    var mail = outbox.latestTo("binh.tran@example.vn").orElseThrow();
    assertThat(mail.subject()).startsWith("Mã đặt lại mật khẩu Một Cửa");
    String requestId = reset.substring("/dat-lai-mat-khau?request=".length());
    HttpResponse<String> weak = resetPassword(citizen, requestId, "ngan");
    assertThat(weak.statusCode()).isEqualTo(422);
    assertThat(weak.body())
        .contains("Mật khẩu: cần ít nhất 8 ký tự, có cả chữ và số.")
        .contains("id=\"password-error\"");
    HttpResponse<String> done = resetPassword(citizen, requestId, "binh2026moi");
    assertThat(PortalClient.location(done)).isEqualTo("/dang-nhap?reset");
    assertThat(citizen.login("citizen2", "binh2026moi")).isEqualTo("/ho-so-cua-toi");
  }

  @Test
  void aResetForAnUnknownLogin_looksTheSame_andSendsNothing() {
    PortalClient stranger = new PortalClient(port, "198.51.100.6");
    int before = outbox.recent(1000).size();
    stranger.get("/quen-mat-khau");
    HttpResponse<String> asked =
        stranger.post("/quen-mat-khau", Map.of("login", "040099123456", "channel", "SMS"));
    assertThat(PortalClient.location(asked)).startsWith("/dat-lai-mat-khau?request=");
    assertThat(outbox.recent(1000)).hasSize(before);
    assertThat(
            stranger
                .post(
                    "/dat-lai-mat-khau",
                    Map.of(
                        "request",
                        PortalClient.location(asked)
                            .substring("/dat-lai-mat-khau?request=".length()),
                        "code",
                        "123456",
                        "password",
                        "thu2026abc",
                        "passwordConfirmation",
                        "thu2026abc"))
                .body())
        .contains("Mã xác thực không đúng");
  }

  @Test
  void codeRequests_areLimitedPerClient() {
    PortalClient script = new PortalClient(port, "198.51.100.7");
    script.get("/quen-mat-khau");
    for (int i = 0; i < 3; i++) {
      assertThat(
              script
                  .post("/quen-mat-khau", Map.of("login", "04009900000" + i, "channel", "SMS"))
                  .statusCode())
          .isEqualTo(302);
    }
    HttpResponse<String> fourth =
        script.post("/quen-mat-khau", Map.of("login", "040099000009", "channel", "SMS"));
    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    assertThat(fourth.body()).contains("Bạn đã thử quá nhiều lần");
  }

  @Test
  void editingTheProfile_auditsNameChanges_andRefusesABadPhoneAtItsField() {
    PortalClient an = new PortalClient(port, "198.51.100.8");
    assertThat(an.login("citizen1", "demo")).isEqualTo("/ho-so-cua-toi");
    assertThat(an.get("/tai-khoan").body())
        .as("a demo account: created by the agency")
        .contains("Tài khoản do cơ quan tạo, định danh đã xác nhận");
    Map<String, String> form =
        AccountForms.profile(
            "Nguyễn Văn Ân",
            "040090001234",
            "1990-03-14",
            "12345",
            "an.nguyen@example.vn",
            "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An");
    HttpResponse<String> bad = an.post("/tai-khoan", form);
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("id=\"phone-error\"").contains("value=\"Nguyễn Văn Ân\"");
    form.put("phone", "0912345678");
    assertThat(PortalClient.location(an.post("/tai-khoan", form))).isEqualTo("/tai-khoan?saved");
    String page = an.get("/tai-khoan?saved").body();
    assertThat(page)
        .contains("Đã lưu thay đổi")
        .contains("Lịch sử thay đổi thông tin định danh")
        .contains("<td>Nguyễn Văn An</td>")
        .contains("<td>Nguyễn Văn Ân</td>");
  }

  @Test
  void aFormWithoutItsCsrfToken_isRefused() {
    PortalClient forger = new PortalClient(port, "198.51.100.9");
    assertThat(
            forger
                .postRaw("/dang-ky", individual("040191008888", "1991-08-08", "0911000999"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void someoneWhoRegisteredAnotherPersonsId_losesTheAccount_whenTheHolderFirstSignsInWithTheEid() {
    // a stranger registers Lê Văn Cường's citizen ID with their own phone and activates it
    PortalClient stranger = new PortalClient(port, "198.51.100.10");
    stranger.get("/dang-ky");
    Map<String, String> form = individual("040088012345", "1988-11-20", "0911222333");
    HttpResponse<String> registered = stranger.post("/dang-ky", form);
    stranger.post(
        "/kich-hoat",
        Map.of(
            "request",
            PortalClient.location(registered).substring("/kich-hoat?request=".length()),
            "code",
            codeSentTo("0911222333")));
    assertThat(stranger.login("040088012345", "matkhau2026")).isEqualTo("/ho-so-cua-toi");

    // the holder signs in with VNeID: the e-ID proves the ID, so the account becomes theirs
    PortalClient holder = new PortalClient(port, "198.51.100.11");
    holder.signIn(holder.follow(holder.get("/oauth2/authorization/vneid")), "040088012345", "demo");
    assertThat(holder.get("/tai-khoan").body())
        .contains("Liên kết với tài khoản VNeID")
        .contains("0911222333")
        .contains("0936123456");
    assertThat(
            jdbc.queryForObject(
                "select phone from applicant_account where citizen_id = '040088012345'",
                String.class))
        .as("the e-ID's phone, not the stranger's")
        .isEqualTo("0936123456");
    assertThat(new PortalClient(port, "198.51.100.12").login("040088012345", "matkhau2026"))
        .as("the stranger's password no longer opens it")
        .isEqualTo("/dang-nhap?error");

    // and the ID the e-ID proved cannot be changed from the profile
    Map<String, String> change =
        AccountForms.profile(
            "Lê Văn Cường",
            "040088099999",
            "1988-11-20",
            "0936123456",
            "",
            "Xóm 1, xã Hưng Nguyên, tỉnh Nghệ An");
    holder.get("/tai-khoan");
    HttpResponse<String> refused = holder.post("/tai-khoan", change);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("đã được xác thực bằng tài khoản định danh điện tử");
  }

  @Test
  void theSessionAndLanguageCookies_areHttpOnlyAndSameSiteLax_andSecureWhenTheProxySaysHttps()
      throws Exception {
    assertThat(cookie("/dang-nhap", "JSESSIONID", false))
        .contains("HttpOnly")
        .contains("SameSite=Lax")
        .doesNotContain("Secure");
    assertThat(cookie("/dang-nhap", "JSESSIONID", true))
        .contains("HttpOnly")
        .contains("SameSite=Lax")
        .contains("Secure");
    assertThat(cookie("/?lang=en", "lang", false))
        .contains("HttpOnly")
        .contains("SameSite=Lax")
        .doesNotContain("Secure");
    assertThat(cookie("/?lang=en", "lang", true))
        .contains("HttpOnly")
        .contains("SameSite=Lax")
        .contains("Secure");
  }

  /**
   * The Set-Cookie header of a first visit to {@code path}, direct or through a proxy that received
   * it over HTTPS.
   */
  String cookie(String path, String name, boolean https) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/html");
    if (https) {
      request.header("X-Forwarded-Proto", "https");
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no " + name + " cookie from " + path + ": " + response.headers()));
  }
}
