package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Acceptance 7 of issue 3, attacked through the real HTTP interface: {@code /engine-rest} behind
 * Camunda accounts with authorizations on, the two Camunda 7.24.0 advisories (expressions in
 * queries, Admin's setup endpoint) mitigated, list queries bounded, and the security headers on
 * every path family.
 *
 * <p>The expressions call {@link AttackProbe}, a bean that counts its calls: Camunda lets a query
 * expression call any Spring bean, so a count above zero means the attack reached the expression
 * engine.
 */
@IntegrationTest
// its probe bean makes a context of its own: on a database of its own too
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:security;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {

  static final String ATTACK = "${attackProbe.touch()}";

  /**
   * Counts the calls an expression makes; public, as the expression engine calls it by reflection.
   */
  public static class AttackProbe {
    final AtomicInteger calls = new AtomicInteger();

    public String touch() {
      calls.incrementAndGet();
      return "mc.lamthanh";
    }
  }

  @TestConfiguration
  static class Probe {
    @Bean
    AttackProbe attackProbe() {
      return new AttackProbe();
    }
  }

  @Autowired TestRestTemplate rest;
  @Autowired AttackProbe probe;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;
  @Autowired TaskService tasks;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  // --- /engine-rest: Camunda accounts, Camunda authorizations
  // -------------------------------------

  @Test
  void engineRest_refusesAnonymousCallers_andServesACamundaAccount() {
    for (String path :
        List.of(
            "/engine-rest/task?maxResults=10",
            "/engine-rest/version",
            "/engine-rest/process-definition?maxResults=10")) {
      ResponseEntity<String> anonymous = rest.getForEntity(path, String.class);
      assertThat(anonymous.getStatusCode().value()).as("anonymous " + path).isEqualTo(401);
      assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
      assertThat(
              rest.withBasicAuth("analyst", "demo")
                  .getForEntity(path, String.class)
                  .getStatusCode()
                  .value())
          .as("analyst " + path)
          .isEqualTo(200);
    }
    assertThat(api.get("analyst", "/engine-rest/version").getBody().path("version").asText())
        .startsWith("7.24");
  }

  @Test
  void engineRest_letsAnAccountDoOnlyWhatItsAuthorizationsGrant() {
    Map<String, Object> user = Declarations.MALLORY;
    assertThat(api.post("mc.lamthanh", "/engine-rest/user/create", user).getStatusCode().value())
        .isEqualTo(403);
    assertThat(identity.createUserQuery().userId("mallory").count()).isZero();
  }

  // --- advisory 1: expressions in queries
  // ----------------------------------------------------------

  @Test
  void anExpressionInOrQueries_isRefused_beforeItReachesTheEngine() {
    ResponseEntity<JsonNode> response =
        api.post(
            "mc.lamthanh",
            "/engine-rest/task?maxResults=10",
            Map.of("orQueries", List.of(Map.of("assigneeExpression", ATTACK))));
    assertRefused(response, "assigneeExpression");

    ResponseEntity<JsonNode> nested =
        api.post(
            "mc.lamthanh",
            "/engine-rest/task/count",
            Map.of(
                "orQueries",
                List.of(
                    Map.of(
                        "name",
                        "x",
                        "processVariables",
                        List.of(),
                        "candidateGroupExpression",
                        ATTACK))));
    assertRefused(nested, "candidateGroupExpression");
  }

  @Test
  void anExpressionAsAQueryParameterOrTopLevelKey_isRefused() {
    ResponseEntity<JsonNode> inQuery = taskQueryWithAttackIn("assigneeExpression");
    assertRefused(inQuery, "assigneeExpression");

    ResponseEntity<JsonNode> encodedName = taskQueryWithAttackIn("due%44ateExpression");
    assertRefused(encodedName, "dueDateExpression");

    assertRefused(
        api.post(
            "mc.lamthanh", "/engine-rest/task?maxResults=10", Map.of("assigneeExpression", ATTACK)),
        "assigneeExpression");
  }

  @Test
  void anExpressionSentThroughTasklistsCopyOfTheApi_isRefused() {
    CamundaWebappSession officer = new CamundaWebappSession(rest, "tasklist");
    assertThat(officer.signIn("tasklist", "mc.lamthanh", "demo")).isEqualTo(200);

    ResponseEntity<String> orQueries =
        officer.exchange(
            HttpMethod.POST,
            "/camunda/api/engine/engine/default/task?maxResults=10",
            "{\"orQueries\":[{\"assigneeExpression\":\"" + ATTACK + "\"}]}");
    assertThat(orQueries.getStatusCode().value()).isEqualTo(400);
    assertThat(orQueries.getBody()).contains("assigneeExpression");

    ResponseEntity<String> inQuery =
        officer.exchange(
            HttpMethod.GET,
            "/camunda/api/engine/engine/default/task?maxResults=10"
                + "&assigneeExpression=%24%7BattackProbe.touch()%7D",
            null);
    assertThat(inQuery.getStatusCode().value()).isEqualTo(400);

    ResponseEntity<String> plain =
        officer.exchange(
            HttpMethod.POST,
            "/camunda/api/engine/engine/default/task?maxResults=10",
            "{\"orQueries\":[{\"name\":\"Tiếp nhận hồ sơ\"}]}");
    assertThat(plain.getStatusCode().value())
        .as("a query without expressions still works: " + plain.getBody())
        .isEqualTo(200);
    assertThat(probe.calls).hasValue(0);
  }

  @Test
  void aStoredFilterWithAnExpression_isRefused() {
    assertRefused(
        api.post(
            "admin",
            "/engine-rest/filter/create",
            taskFilter("Việc của tôi (biểu thức)", Map.of("assigneeExpression", ATTACK))),
        "assigneeExpression");
    assertRefused(
        api.post(
            "admin",
            "/engine-rest/filter/create",
            taskFilter(
                "Việc của tôi (biểu thức)",
                Map.of("orQueries", List.of(Map.of("candidateUserExpression", ATTACK))))),
        "candidateUserExpression");
    assertThat(filters.createFilterQuery().filterName("Việc của tôi (biểu thức)").count()).isZero();
  }

  /** A task filter as {@code /engine-rest/filter/create} takes it. */
  static Map<String, Object> taskFilter(String name, Map<String, Object> query) {
    return Map.of("resourceType", "Task", "name", name, "query", query);
  }

  /**
   * Behind the HTTP guard, the engine's own switch (enableExpressionsInStoredQueries: false)
   * refuses such a filter too.
   */
  @Test
  void theEngineItself_refusesToStoreAFilterWithAnExpression() {
    Filter stored =
        filters
            .newTaskFilter("Việc đến hạn")
            .setQuery(tasks.createTaskQuery().taskAssigneeExpression(ATTACK));
    assertThatThrownBy(() -> filters.saveFilter(stored))
        .hasMessageContaining("Expressions are forbidden in stored queries");
    assertThat(filters.createFilterQuery().filterName("Việc đến hạn").count()).isZero();
    assertThat(probe.calls).hasValue(0);
  }

  /** The guard reads JSON bodies; what passes must reach Camunda whole, accents included. */
  @Test
  void aBodyWithoutExpressions_reachesCamundaIntact() {
    ResponseEntity<JsonNode> created =
        api.post(
            "admin",
            "/engine-rest/filter/create",
            Map.of(
                "resourceType",
                "Task",
                "name",
                "Hồ sơ chờ tiếp nhận — xã Lam Thành",
                "query",
                Map.of("candidateGroup", "lamthanh-onestop")));
    assertThat(created.getStatusCode().value())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(200);
    JsonNode stored =
        api.get("admin", "/engine-rest/filter/" + created.getBody().path("id").asText()).getBody();
    assertThat(stored.path("name").asText()).isEqualTo("Hồ sơ chờ tiếp nhận — xã Lam Thành");
    assertThat(stored.path("query").path("candidateGroup").asText()).isEqualTo("lamthanh-onestop");
  }

  void assertRefused(ResponseEntity<JsonNode> response, String parameter) {
    assertThat(response.getStatusCode().value())
        .as(String.valueOf(response.getBody()))
        .isEqualTo(400);
    assertThat(response.getBody().path("message").asText())
        .contains(parameter)
        .contains("biểu thức");
    assertThat(probe.calls).as("the expression was evaluated").hasValue(0);
  }

  // --- advisory 2: Admin's setup endpoint
  // ----------------------------------------------------------

  @Test
  void adminSetup_isBlockedForEveryMethod() {
    String path = "/camunda/api/admin/setup/default/user/create";
    for (HttpMethod method :
        List.of(
            HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      assertThat(
              rest.exchange(path, method, new HttpEntity<>("{}", headers), String.class)
                  .getStatusCode()
                  .value())
          .as(method + " " + path)
          .isEqualTo(403);
    }
    assertThat(
            rest.getForEntity("/camunda/api/admin/setup/default", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(403);
  }

  /**
   * The advisory's attack: while camunda-admin has no direct member, an anonymous visitor makes
   * themself administrator.
   */
  @Test
  void anAnonymousVisitor_cannotCreateAnAdministrator_evenWhileTheAdminGroupHasNoDirectMember() {
    identity.deleteMembership("admin", "camunda-admin");
    try {
      CamundaWebappSession visitor = new CamundaWebappSession(rest, "admin");
      ResponseEntity<String> attack =
          visitor.exchange(
              HttpMethod.POST,
              "/camunda/api/admin/setup/default/user/create",
              "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"Kẻ\",\"lastName\":\"Xâm nhập\",\"email\":\"x@example.vn\"},"
                  + "\"credentials\":{\"password\":\"Intruder-2026\"}}");
      assertThat(attack.getStatusCode().value()).isEqualTo(403);
      assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isZero();
    } finally {
      identity.createMembership("admin", "camunda-admin");
    }
  }

  // --- bounded list queries
  // ------------------------------------------------------------------------

  @Test
  void aListQueryMustAskForAPage_ofAtMost2000() {
    ResponseEntity<JsonNode> unbounded = api.get("mc.lamthanh", "/engine-rest/task");
    assertThat(unbounded.getStatusCode().value()).isEqualTo(400);
    assertThat(unbounded.getBody().path("message").asText()).containsIgnoringCase("unbound");
    assertThat(
            api.get("mc.lamthanh", "/engine-rest/task?firstResult=0&maxResults=2000")
                .getStatusCode()
                .value())
        .isEqualTo(200);
    assertThat(
            api.get("mc.lamthanh", "/engine-rest/task?firstResult=0&maxResults=2001")
                .getStatusCode()
                .value())
        .isEqualTo(400);
  }

  // --- security headers
  // ----------------------------------------------------------------------------

  @Test
  void theJsonApi_sendsTheStrictHeaders() {
    assertHeaders(
        rest.getForEntity("/api/v1/procedures", String.class),
        200,
        "default-src 'none'; frame-ancestors 'none'");
    assertHeaders(
        rest.getForEntity("/api/v1/dossiers", String.class),
        401,
        "default-src 'none'; frame-ancestors 'none'");
    assertHeaders(
        rest.withBasicAuth("citizen1", "demo")
            .getForEntity("/api/v1/dossiers/000.00.00.H40-000000-0000", String.class),
        404,
        "default-src 'none'; frame-ancestors 'none'");
    assertHeaders(
        rest.getForEntity("/v3/api-docs", String.class),
        200,
        "default-src 'none'; frame-ancestors 'none'");
  }

  @Test
  void engineRest_sendsTheStrictHeaders_onEveryAnswer() {
    String strict = "default-src 'none'; frame-ancestors 'none'";
    assertHeaders(rest.getForEntity("/engine-rest/version", String.class), 401, strict);
    assertHeaders(
        rest.withBasicAuth("analyst", "demo").getForEntity("/engine-rest/version", String.class),
        200,
        strict);
    assertHeaders(
        rest.withBasicAuth("analyst", "demo")
            .getForEntity("/engine-rest/task?nameExpression=x", String.class),
        400,
        strict);
  }

  @Test
  void theCamundaWebapps_sendCamundasPolicyWithItsNonce_andTheOtherHeaders() {
    for (String page :
        List.of(
            "/camunda/app/tasklist/default/",
            "/camunda/app/cockpit/default/",
            "/camunda/app/admin/default/")) {
      ResponseEntity<String> response = rest.getForEntity(page, String.class);
      String policy = assertHeaders(response, 200, null);
      assertThat(policy)
          .as(page)
          .contains("script-src 'nonce-")
          .contains("frame-ancestors 'none'")
          .contains("object-src 'none'");
      Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
      assertThat(nonce.find()).isTrue();
      assertThat(response.getBody())
          .as("the page's scripts carry the header's nonce")
          .contains("nonce=\"" + nonce.group(1) + "\"");
    }
    String apiPolicy =
        assertHeaders(rest.getForEntity("/camunda/api/engine/engine/", String.class), 200, null);
    assertThat(apiPolicy).contains("frame-ancestors 'none'");
    assertHeaders(rest.getForEntity("/camunda/api/admin/setup/default", String.class), 403, null);
  }

  @Test
  void theSandboxesAndSwaggerUi_sendThePagePolicy_andSwaggerUiNeedsNothingItForbids() {
    String page =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";
    assertHeaders(rest.getForEntity("/sandbox/payment/NO-SUCH-ORDER", String.class), null, page);
    // the sandbox e-ID provider answers on a filter chain of its own
    assertHeaders(rest.getForEntity("/sandbox/vneid/dang-nhap", String.class), 200, page);
    assertHeaders(
        rest.getForEntity("/sandbox/vneid/.well-known/openid-configuration", String.class),
        200,
        page);
    assertHeaders(rest.getForEntity("/sandbox/vneid/userinfo", String.class), 401, page);
    ResponseEntity<String> swagger = rest.getForEntity("/swagger-ui/index.html", String.class);
    assertHeaders(swagger, 200, page);
    // script-src falls back to 'self': every script of the page is a file of this origin, none
    // inline
    Matcher scripts =
        Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(swagger.getBody());
    int count = 0;
    while (scripts.find()) {
      count++;
      assertThat(scripts.group(1)).contains("src=\"./").doesNotContain("//");
      assertThat(scripts.group(2)).isBlank();
    }
    assertThat(count).isGreaterThanOrEqualTo(2);
    assertThat(swagger.getBody())
        .doesNotContain("style=\"")
        .doesNotContain("http://")
        .doesNotContain("https://");
    assertHeaders(rest.getForEntity("/swagger-ui/swagger-initializer.js", String.class), 200, page);
  }

  /**
   * Asserts HSTS, frame options, nosniff and a policy (the given one, or any); answers the policy.
   */
  String assertHeaders(ResponseEntity<String> response, Integer status, String policy) {
    HttpHeaders headers = response.getHeaders();
    if (status != null) {
      assertThat(response.getStatusCode().value()).isEqualTo(status);
    }
    assertThat(headers.getFirst("Strict-Transport-Security"))
        .as("HSTS")
        .startsWith("max-age=31536000")
        .contains("includeSubDomains");
    assertThat(headers.get("Strict-Transport-Security")).hasSize(1);
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.get("Content-Security-Policy")).as("one policy").hasSize(1);
    if (policy != null) {
      assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(policy);
    }
    return headers.getFirst("Content-Security-Policy");
  }

  // --- last: a wrong password makes Camunda refuse that user for a few seconds (STACK.md trap 3)
  // ---

  @Test
  @Order(Integer.MAX_VALUE)
  void aWrongPassword_isRefused() {
    // ld.hungnguyen is used by no other test here, so its lock-out after the failure disturbs
    // nothing
    assertThat(
            rest.withBasicAuth("ld.hungnguyen", "wrong")
                .getForEntity("/engine-rest/task?maxResults=10", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
  }

  /** mc.lamthanh's task query with the attack as the value of that query parameter. */
  ResponseEntity<JsonNode> taskQueryWithAttackIn(String parameter) {
    return rest.withBasicAuth("mc.lamthanh", "demo")
        .exchange(
            URI.create(
                "/engine-rest/task?maxResults=10&"
                    + parameter
                    + "="
                    + URLEncoder.encode(ATTACK, StandardCharsets.UTF_8)),
            HttpMethod.GET,
            null,
            JsonNode.class);
  }
}
