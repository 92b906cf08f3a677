package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A national e-ID provider that is down: its discovery document fails as the sign-in starts, and
 * once it answers, its token endpoint cannot be reached when the code comes back. Either way the
 * citizen lands on the sign-in page with a message and the password sign-in, never on a 500. The
 * provider is a stand-in HTTP server on a free port whose discovery document points the token
 * endpoint at a port nobody listens on.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:eiddown;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents"
    })
@ActiveProfiles("demo")
@DirtiesContext
class EidProviderDownIT {

  static final HttpServer PROVIDER = provider();
  static final String ISSUER = "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/vneid";
  static final String NOWHERE = "http://127.0.0.1:" + freePort();
  static volatile boolean discoveryUp;

  static HttpServer provider() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/vneid/.well-known/openid-configuration",
          exchange -> {
            if (!discoveryUp) {
              exchange.sendResponseHeaders(503, -1);
              exchange.close();
              return;
            }
            byte[] body =
                ("{\"issuer\":\""
                        + ISSUER
                        + "\",\"authorization_endpoint\":\""
                        + ISSUER
                        + "/oauth2/authorize\","
                        + "\"token_endpoint\":\""
                        + NOWHERE
                        + "/oauth2/token\",\"jwks_uri\":\""
                        + NOWHERE
                        + "/oauth2/jwks\","
                        + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.client.provider.vneid.issuer-uri", () -> ISSUER);
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.stop(0);
  }

  @LocalServerPort int port;

  @Test
  void
      aProviderDown_atDiscoveryOrAtItsTokenEndpoint_leadsToTheSignInPage_withAMessageAndThePasswordSignIn() {
    PortalClient citizen = new PortalClient(port);
    HttpResponse<String> start = citizen.get("/oauth2/authorization/vneid");
    assertThat(start.statusCode()).as("no 500 when discovery fails").isEqualTo(302);
    assertThat(PortalClient.location(start)).isEqualTo("/dang-nhap?eidUnreachable");
    assertSignInPageSaysUnreachable(citizen.follow(start));

    discoveryUp = true;
    HttpResponse<String> toProvider = citizen.get("/oauth2/authorization/vneid");
    URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
    assertThat(authorize.toString()).startsWith(ISSUER + "/oauth2/authorize");
    String state =
        UriComponentsBuilder.fromUri(authorize).build().getQueryParams().getFirst("state");
    // the provider's answer comes back through the browser; the portal's request for the tokens
    // finds nobody
    HttpResponse<String> back = citizen.get("/login/oauth2/code/vneid?code=a-code&state=" + state);
    assertThat(PortalClient.location(back)).isEqualTo("/dang-nhap?eidUnreachable");
    assertSignInPageSaysUnreachable(citizen.follow(back));
  }

  static void assertSignInPageSaysUnreachable(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Chưa kết nối được với hệ thống định danh điện tử VNeID")
        .contains("name=\"username\"")
        .contains("name=\"password\"");
  }
}
