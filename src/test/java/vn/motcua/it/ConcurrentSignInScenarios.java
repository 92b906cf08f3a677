package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.Applicants;

/**
 * The lockout after wrong passwords holds when the guesses come all at once, over real HTTP:
 * through the portal's login form (by username or by citizen ID) and the API's HTTP Basic, at most
 * the threshold's number of them have their password checked, the others are refused as locked, and
 * so is the right password afterwards. Every burst is sent from threads of its own released
 * together.
 *
 * <p>Run on H2 and on PostgreSQL ({@link ConcurrentSignInH2IT}, {@link
 * ConcurrentSignInPostgresIT}), with the lockout threshold at {@value #THRESHOLD}.
 *
 * <p>HTTP Basic answers 401 to a wrong password and to a locked account alike, so {@link
 * PasswordChecks} counts the wrong passwords Spring Security actually checked (its bad-credentials
 * events).
 */
abstract class ConcurrentSignInScenarios {

  /** The lockout threshold the subclasses set ({@code motcua.accounts.lockout.threshold}). */
  static final int THRESHOLD = 3;

  static final int BURST = 21;
  static final String PASSWORD = "dung2026mk";

  /** Counts the wrong passwords checked, by the login typed. */
  public static class PasswordChecks {
    final Map<String, AtomicInteger> wrong = new ConcurrentHashMap<>();

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
      wrong
          .computeIfAbsent(event.getAuthentication().getName(), login -> new AtomicInteger())
          .incrementAndGet();
    }

    int wrong(String... logins) {
      int sum = 0;
      for (String login : logins) {
        sum += wrong.getOrDefault(login, new AtomicInteger()).get();
      }
      return sum;
    }
  }

  @TestConfiguration
  static class Probe {
    @Bean
    PasswordChecks passwordChecks() {
      return new PasswordChecks();
    }
  }

  @LocalServerPort int port;
  @Autowired Applicants applicants;
  @Autowired PasswordChecks checks;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  void account(String username, String citizenId) {
    applicants.register(
        ApplicantProfile.individual(
            username,
            "Hồ Văn Khóa",
            citizenId,
            LocalDate.of(1990, 1, 1),
            "0912000111",
            null,
            "Xóm 2, xã Lam Thành, tỉnh Nghệ An"),
        PASSWORD);
  }

  @Test
  void
      wrongPasswordsAtOnce_byUsernameOrCitizenId_areCheckedOnlyUpToTheThreshold_andTheRightOneIsThenRefused()
          throws Exception {
    account("khoa-form", "040090007001");
    List<Callable<String>> burst = new ArrayList<>();
    for (int i = 0; i < BURST; i++) {
      burst.add(formSignIn(i % 2 == 0 ? "khoa-form" : "040090007001", "sai-mat-khau-" + i));
    }
    List<String> answers = AtOnce.run(burst);
    assertThat(Collections.frequency(answers, "/dang-nhap?error"))
        .as("checked: " + answers)
        .isEqualTo(THRESHOLD);
    assertThat(Collections.frequency(answers, "/dang-nhap?locked"))
        .as("refused unchecked: " + answers)
        .isEqualTo(BURST - THRESHOLD);
    assertThat(checks.wrong("khoa-form", "040090007001")).isEqualTo(THRESHOLD);

    PortalClient owner = new PortalClient(port);
    assertThat(owner.login("040090007001", PASSWORD))
        .as("the right password, while locked")
        .isEqualTo("/dang-nhap?locked");
    assertThat(owner.get("/dang-nhap?locked").body()).contains("Tài khoản tạm khóa");
  }

  @Test
  void twentyWrongAndTheRightOneAtOnce_theRightOneGetsInOnlyIfItCameBeforeTheThreshold()
      throws Exception {
    account("khoa-mix", "040090007002");
    List<Callable<String>> burst = new ArrayList<>();
    for (int i = 0; i < BURST - 1; i++) {
      burst.add(formSignIn("khoa-mix", "sai-mat-khau-" + i));
    }
    int right = BURST / 2;
    burst.add(right, formSignIn("040090007002", PASSWORD));
    List<String> answers = AtOnce.run(burst);
    long wrongChecked = Collections.frequency(answers, "/dang-nhap?error");
    if (answers.get(right).equals("/ho-so-cua-toi")) {
      // it took one of the first attempts, and its success started the count again: at most
      // threshold - 1 wrong
      // ones before it and threshold after it
      assertThat(wrongChecked).as(answers.toString()).isLessThanOrEqualTo(2L * THRESHOLD - 1);
    } else {
      assertThat(answers.get(right)).as(answers.toString()).isEqualTo("/dang-nhap?locked");
      assertThat(wrongChecked).as(answers.toString()).isEqualTo(THRESHOLD);
      assertThat(new PortalClient(port).login("khoa-mix", PASSWORD)).isEqualTo("/dang-nhap?locked");
    }
    List<String> wrongOnes = new ArrayList<>(answers);
    wrongOnes.remove(right);
    assertThat(wrongOnes)
        .as("each wrong one checked or refused as locked")
        .containsOnly("/dang-nhap?error", "/dang-nhap?locked");
  }

  @Test
  void
      wrongPasswordsAtOnceThroughHttpBasic_areCheckedOnlyUpToTheThreshold_andLockTheAccountForTheLoginFormToo()
          throws Exception {
    account("khoa-api", "040090007003");
    HttpClient http = HttpClient.newHttpClient();
    List<Callable<Integer>> burst = new ArrayList<>();
    for (int i = 0; i < BURST; i++) {
      String login = i % 2 == 0 ? "khoa-api" : "040090007003";
      String password = "sai-mat-khau-" + i;
      burst.add(() -> basic(http, login, password));
    }
    assertThat(AtOnce.run(burst)).containsOnly(401);
    assertThat(checks.wrong("khoa-api", "040090007003")).isEqualTo(THRESHOLD);

    assertThat(basic(http, "khoa-api", PASSWORD))
        .as("the right password, while locked")
        .isEqualTo(401);
    assertThat(new PortalClient(port).login("khoa-api", PASSWORD)).isEqualTo("/dang-nhap?locked");
  }

  @Test
  void manyRightSignInsAtOnceThroughHttpBasic_areAllAccepted_forAnApiClientMayWorkInParallel()
      throws Exception {
    account("song-song", "040090007004");
    HttpClient http = HttpClient.newHttpClient();
    List<Callable<Integer>> burst = new ArrayList<>();
    for (int i = 0; i < 4 * THRESHOLD; i++) {
      burst.add(() -> basic(http, "song-song", PASSWORD));
    }
    assertThat(AtOnce.run(burst)).containsOnly(200);
    assertThat(new PortalClient(port).login("040090007004", PASSWORD)).isEqualTo("/ho-so-cua-toi");
  }

  @Test
  void checksCountedByANodeThatStoppedMidCheck_areForgottenAfterAMinute() {
    account("mat-dien", "040090007005");
    // as a node leaves them when it stops between starting and ending checks
    jdbc.update(
        "update applicant_account set checks_in_flight = ?, last_check_at = ? where username = 'mat-dien'",
        THRESHOLD,
        Timestamp.from(clock.instant().minus(Duration.ofMinutes(2))));
    assertThat(new PortalClient(port).login("mat-dien", PASSWORD)).isEqualTo("/ho-so-cua-toi");
  }

  /**
   * A browser on the login page (its session and CSRF token ready), whose sign-in is sent when
   * called.
   */
  Callable<String> formSignIn(String login, String password) {
    PortalClient browser = new PortalClient(port);
    browser.get("/dang-nhap");
    return () ->
        PortalClient.location(
            browser.post("/dang-nhap", Map.of("username", login, "password", password)));
  }

  int basic(HttpClient http, String login, String password) throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
