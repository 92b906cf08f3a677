package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.MotCuaApplication;

/**
 * Nothing of a sign-in lives in one node's memory: a citizen signed in to the portal and an officer
 * signed in to Tasklist on one node are still signed in on a node started after the first one has
 * stopped, on the same PostgreSQL, with nothing but their session cookies (Spring Session JDBC).
 * Each node is the real application; one runs at a time (Camunda's REST finds its engine in a
 * static registry).
 */
class SessionsAcrossNodesIT {

  static EmbeddedPostgres postgres;

  @BeforeAll
  static void startDatabase() {
    postgres = EmbeddedPostgresql.start();
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    postgres.close();
  }

  static ConfigurableApplicationContext node() {
    return new SpringApplicationBuilder(MotCuaApplication.class)
        .run(
            "--spring.profiles.active=demo,postgres",
            "--MOTCUA_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--MOTCUA_DB_USER=postgres",
            "--MOTCUA_DB_PASSWORD=",
            "--server.port=0",
            "--motcua.storage.documents=target/it-documents");
  }

  static int port(ConfigurableApplicationContext node) {
    return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
  }

  @Test
  void aCitizenAndAnOfficer_signedInOnOneNode_areStillSignedInOnTheNext() throws Exception {
    String citizenCookies;
    String officerCookies;
    try (ConfigurableApplicationContext first = node()) {
      PortalClient citizen = PortalClient.signedIn(port(first), "citizen1");
      assertThat(citizen.get("/tai-khoan").statusCode()).isEqualTo(200);
      citizenCookies = citizen.cookieHeader();

      TestRestTemplate rest =
          new TestRestTemplate(
              new RestTemplateBuilder().rootUri("http://localhost:" + port(first)));
      CamundaWebappSession officer = new CamundaWebappSession(rest, "tasklist");
      assertThat(officer.signIn("tasklist", "mc.lamthanh", ApiClient.PASSWORD)).isEqualTo(200);
      officerCookies = officer.cookieHeader();
      assertThat(officer.exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null))
          .satisfies(me -> assertThat(me.getBody()).contains("\"userId\":\"mc.lamthanh\""));
    }
    assertThat(citizenCookies).contains("JSESSIONID=");
    assertThat(
            new JdbcTemplate(postgres.getPostgresDatabase())
                .queryForList("select principal_name from spring_session", String.class))
        .as("the sessions are rows of the shared database")
        .contains("citizen1");

    try (ConfigurableApplicationContext second = node()) {
      HttpResponse<String> account = get(port(second), "/tai-khoan", citizenCookies);
      assertThat(account.statusCode())
          .as("the account page, not a redirect to the sign-in")
          .isEqualTo(200);
      assertThat(account.body()).contains("citizen1");

      HttpResponse<String> me =
          get(port(second), "/camunda/api/admin/auth/user/default", officerCookies);
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("\"userId\":\"mc.lamthanh\"");
    }
  }

  private static HttpResponse<String> get(int port, String path, String cookies) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Cookie", cookies)
            .header("Accept", "text/html,application/json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
