package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint a client can reach, sent what careless and hostile clients send, as anonymous, as
 * a citizen and as an officer: no answer may be a server error (5xx), none may go unanswered, and
 * no client error may name our classes, packages or methods. The endpoints are read from the
 * application itself (Spring's handler mappings, the OpenAPI document, Camunda's REST resources
 * through Jersey's model), so a new endpoint is covered without a change here.
 */
@IntegrationTest
class HostileInputIT {

  /**
   * A fully qualified class name, a stack frame, or an exception's simple name: what must never
   * reach a client.
   */
  static final Pattern INTERNALS =
      Pattern.compile(
          "\\b(?:java|javax|jakarta|org|com|vn|sun)\\.[a-z_][a-z0-9_]*\\.[A-Za-z0-9_.$]+|\\bat [a-z][\\w.$]+\\(|\\.java:\\d+");

  /** Our own problem details say what went wrong in words, not by an exception's name. */
  static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z]\\w*(?:Exception|Error)\\b");

  record Endpoint(String method, String path, String source) {}

  record Role(String name, List<String> headers) {}

  record Finding(String what, String request, int status, String body) {
    @Override
    public String toString() {
      String shown =
          body.contains("\r\n\r\n") ? body.substring(body.indexOf("\r\n\r\n") + 4) : body;
      return what
          + " "
          + status
          + " "
          + request
          + " → "
          + shown.substring(0, Math.min(300, shown.length())).replace('\n', ' ');
    }
  }

  @LocalServerPort int port;

  @Autowired ApplicationContext context;

  @Autowired ObjectMapper mapper;

  final List<Finding> findings = new ArrayList<>();
  int sent;

  @Test
  void noRequestGetsAServerError_orAnAnswerNamingOurCode() throws Exception {
    Set<Endpoint> endpoints = endpoints();
    List<Role> roles = roles();
    for (Endpoint endpoint : endpoints) {
      for (Role role : roles) {
        if (endpoint.path().startsWith("/engine-rest") && role.name().equals("citizen")) {
          continue; // a citizen has no Camunda account: the same as anonymous there
        }
        if (endpoint.path().equals("/dang-xuat") && !role.name().equals("anonymous")) {
          continue; // signing the citizen out would make the rest anonymous
        }
        probe(endpoint, role);
      }
    }
    for (String raw : SPECIAL_PATHS) {
      send("GET", raw, List.of(), null, "special");
    }
    System.out.printf(
        "HostileInputIT: %d endpoints (%d Spring MVC, %d OpenAPI, %d /engine-rest, %d others), %d requests, %d findings%n",
        endpoints.size(),
        count(endpoints, "mvc"),
        count(endpoints, "openapi"),
        count(endpoints, "engine-rest"),
        count(endpoints, "extra"),
        sent,
        findings.size());
    Files.write(
        java.nio.file.Path.of("target", "hostile-input-findings.txt"),
        findings.stream().map(Finding::toString).toList());
    assertThat(findings)
        .as(
            "answers that are 5xx, missing, or name our code (%d requests; all in target/hostile-input-findings.txt)",
            sent)
        .isEmpty();
  }

  // ---- the endpoints, from the application itself

  Set<Endpoint> endpoints() throws Exception {
    Set<Endpoint> all = new LinkedHashSet<>();
    for (RequestMappingHandlerMapping mapping :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String path : info.getPatternValues()) {
          if (methods.isEmpty()) {
            all.add(new Endpoint("GET", path, "mvc"));
            all.add(new Endpoint("POST", path, "mvc"));
          }
          methods.forEach(m -> all.add(new Endpoint(m.name(), path, "mvc")));
        }
      }
    }
    JsonNode openApi =
        mapper.readTree(
            RawHttp.send(port, RawHttp.request("GET", "/v3/api-docs", List.of(), null)).body());
    openApi
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          Endpoint endpoint =
                              new Endpoint(method.toUpperCase(), path.getKey(), "openapi");
                          if (all.stream()
                              .noneMatch(
                                  e ->
                                      e.method().equals(endpoint.method())
                                          && e.path().equals(endpoint.path()))) {
                            all.add(endpoint);
                          }
                        }));
    ResourceConfig jersey = context.getBean(ResourceConfig.class);
    for (Class<?> type : jersey.getClasses()) {
      if (type.isAnnotationPresent(Path.class)) {
        walk("/engine-rest", Resource.from(type), 0, all);
      }
    }
    for (String extra : EXTRA) {
      String[] parts = extra.split(" ", 2);
      all.add(new Endpoint(parts[0], parts[1], "extra"));
    }
    return all;
  }

  /** Camunda's REST resources, with their sub-resources and the resources their locators return. */
  static void walk(String prefix, Resource resource, int depth, Set<Endpoint> into) {
    String own = resource.getPath() == null ? "" : resource.getPath();
    String path = (prefix + "/" + own).replaceAll("/+", "/").replaceAll("/$", "");
    if (path.startsWith("/engine-rest/engine/{")) {
      return; // the same resources again, for a named engine: there is one
    }
    for (ResourceMethod method : resource.getResourceMethods()) {
      into.add(new Endpoint(method.getHttpMethod(), path, "engine-rest"));
    }
    for (Resource child : resource.getChildResources()) {
      walk(path, child, depth, into);
    }
    ResourceMethod locator = resource.getResourceLocator();
    if (locator != null && depth < 4) {
      Class<?> returned = locator.getInvocable().getRawResponseType();
      if (returned != null && returned != Object.class) {
        Resource located = Resource.builder(returned, true).build();
        for (ResourceMethod method : located.getResourceMethods()) {
          into.add(new Endpoint(method.getHttpMethod(), path, "engine-rest"));
        }
        for (Resource child : located.getChildResources()) {
          walk(path, child, depth + 1, into);
        }
      }
    }
  }

  /**
   * Not in any handler mapping: Spring Security's own endpoints and the sandbox e-ID provider's.
   */
  static final List<String> EXTRA =
      List.of(
          "POST /dang-nhap",
          "POST /dang-xuat",
          "GET /oauth2/authorization/vneid",
          "GET /login/oauth2/code/vneid",
          "GET /sandbox/vneid/.well-known/openid-configuration",
          "GET /sandbox/vneid/oauth2/authorize",
          "POST /sandbox/vneid/oauth2/token",
          "GET /sandbox/vneid/oauth2/jwks",
          "GET /sandbox/vneid/userinfo",
          "POST /sandbox/vneid/login",
          "GET /error",
          "POST /error",
          "GET /camunda/app/tasklist/default/",
          "GET /camunda/api/engine/engine/default/task");

  /** Paths a client library would not send as such. */
  static final List<String> SPECIAL_PATHS =
      List.of(
          "//engine-rest/version",
          "/engine-rest;x=y/task",
          "/engine-rest/task;jsessionid=1",
          "/api/v1/dossiers/%7Bx%7D",
          "/nop-ho-so/%7Bx%7D",
          "/ho-so-cua-toi/%7Bx%7D/bo-sung",
          "/%2e%2e/%2e%2e/etc/passwd",
          "/api/v1/dossiers/..%2f..%2f",
          "/tra-cuu?code=%00%C3%28",
          "/error?x=%ZZ",
          "/api/v1/lookup?code=%ZZ",
          "/\\..\\");

  // ---- who asks

  List<Role> roles() {
    PortalClient citizen = PortalClient.signedIn(port, "citizen1");
    citizen.openForm("/kho-tai-lieu");
    List<String> citizenHeaders =
        List.of(
            "Authorization: Basic " + basic("citizen1"),
            "Cookie: " + citizen.cookieHeader(),
            "X-CSRF-TOKEN: " + citizen.csrfToken());
    return List.of(
        new Role("anonymous", List.of()),
        new Role("citizen", citizenHeaders),
        new Role("officer", List.of("Authorization: Basic " + basic("mc.lamthanh"))));
  }

  static String basic(String user) {
    return Base64.getEncoder()
        .encodeToString((user + ":" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  // ---- what they send

  static final String LONG = "a".repeat(3000);
  static final List<String> HOSTILE_SEGMENTS =
      List.of("%7Bx%7D", "%00", LONG, "%C3%28", "%E2%80%AE%F0%9F%98%80", "-1", "..%2F");
  static final String HOSTILE_QUERY =
      "?maxResults=abc&firstResult=-1&sortBy=%00&sortOrder=%ZZ&code="
          + LONG
          + "&id=%7Bx%7D&q=%E2%80%AE&lang=%00";

  void probe(Endpoint endpoint, Role role) {
    boolean hasBody = Set.of("POST", "PUT", "PATCH").contains(endpoint.method());
    String benign = fill(endpoint.path(), "X1");
    List<String> headers = new ArrayList<>(role.headers());
    if (!hasBody) {
      send(endpoint.method(), benign, headers, null, role.name());
      send(
          endpoint.method(),
          benign + HOSTILE_QUERY,
          with(headers, "Accept-Language: en"),
          null,
          role.name());
      // bytes 0x80–0x9F in a header value
      send(
          endpoint.method(),
          benign,
          with(headers, "X-Note: \u0085\u009f\u00ff"),
          null,
          role.name());
    } else {
      for (byte[][] body : BODIES) {
        send(
            endpoint.method(),
            benign,
            with(headers, new String(body[0], StandardCharsets.ISO_8859_1)),
            body[1],
            role.name());
      }
      send(
          endpoint.method(),
          benign,
          with(with(headers, "Content-Type: application/json"), "Idempotency-Key:  "),
          "{}".getBytes(StandardCharsets.UTF_8),
          role.name());
      send(
          endpoint.method(),
          benign,
          with(
              with(headers, "Content-Type: application/json"),
              "Idempotency-Key: " + "k".repeat(150)),
          "{}".getBytes(StandardCharsets.UTF_8),
          role.name());
    }
    if (endpoint.path().contains("{")) {
      for (String segment : HOSTILE_SEGMENTS) {
        send(
            endpoint.method(),
            fill(endpoint.path(), segment),
            with(headers, "Content-Type: application/json"),
            hasBody ? "{}".getBytes(StandardCharsets.UTF_8) : null,
            role.name());
      }
    }
  }

  static final String BOUNDARY = "hostile";
  static final byte[][][] BODIES = {
    json("{"),
    json("null"),
    json("[]"),
    json("{\"a\":1} garbage"),
    json("\"\\ud800\""),
    json(
        "{\"procedureCode\":[1],\"level\":4.5,\"copies\":2.5,\"components\":[null],\"formData\":\"x\",\"deliveryMethod\":\"X\","
            + "\"deliveryAddress\":\""
            + "b".repeat(600)
            + "\",\"receivingUnit\":\"\\u0000\\u202e\",\"reason\":\""
            + LONG
            + "\"}"),
    json(
        "{\"procedureCode\":\"1.001193\",\"level\":4,\"deliveryMethod\":\"ELECTRONIC\",\"deliveryAddress\":\""
            + "c".repeat(600)
            + "\",\"formData\":{\"childFullName\":\"A\\u0000\\u202eB\",\"copies\":2.5,\"childBirthDate\":\"3026-01-01\"},"
            + "\"components\":[{\"requirementCode\":\""
            + LONG
            + "\",\"documentId\":\"x\"}],\"note\":\"\\r\\n\",\"citizenId\":\""
            + LONG
            + "\"}"),
    json("{\"x\":\"" + "d".repeat(100_000) + "\"}"),
    {
      "Content-Type: application/json".getBytes(StandardCharsets.ISO_8859_1),
      new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}
    },
    {
      "Content-Type: application/x-www-form-urlencoded".getBytes(StandardCharsets.ISO_8859_1),
      ("a=%00&b=%ZZ&type=" + LONG + "&username=%00&password=&fullName=A%0D%0AB&note=" + LONG)
          .getBytes(StandardCharsets.ISO_8859_1)
    },
    {
      "Content-Type: multipart/form-data".getBytes(StandardCharsets.ISO_8859_1),
      "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n"
          .getBytes(StandardCharsets.ISO_8859_1)
    },
    {
      ("Content-Type: multipart/form-data; boundary=" + BOUNDARY)
          .getBytes(StandardCharsets.ISO_8859_1),
      ("--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cut")
          .getBytes(StandardCharsets.ISO_8859_1)
    },
    {
      ("Content-Type: multipart/form-data; boundary=" + BOUNDARY)
          .getBytes(StandardCharsets.ISO_8859_1),
      ("--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nOTHER\r\n--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\nContent-Type: application/json\r\n\r\n{\"components\":[null]}\r\n--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"supplement\"\r\nContent-Type: application/json\r\n\r\n{\"note\":\""
              + LONG
              + "\"}\r\n--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b\u202e.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--"
              + BOUNDARY
              + "--\r\n")
          .getBytes(StandardCharsets.ISO_8859_1)
    },
  };

  static byte[][] json(String text) {
    return new byte[][] {
      "Content-Type: application/json".getBytes(StandardCharsets.ISO_8859_1),
      text.getBytes(StandardCharsets.UTF_8)
    };
  }

  static String fill(String template, String value) {
    return template
        .replaceAll("\\{[^}]*}", Matcher.quoteReplacement(value))
        .replace("/**", "/" + value);
  }

  static List<String> with(List<String> headers, String header) {
    List<String> all = new ArrayList<>(headers);
    all.add(header);
    return all;
  }

  void send(String method, String path, List<String> headers, byte[] body, String role) {
    sent++;
    RawHttp.Answer answer = RawHttp.send(port, RawHttp.request(method, path, headers, body));
    String request =
        role + " " + method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path);
    if (answer.status() == 0 || answer.status() >= 500) {
      findings.add(
          new Finding(
              "server error",
              request,
              answer.status(),
              answer.head() + "\r\n\r\n" + answer.body()));
    } else if (answer.status() >= 400 && INTERNALS.matcher(answer.body()).find()) {
      findings.add(new Finding("internals", request, answer.status(), answer.body()));
    } else if (answer.status() >= 400
        && "application/problem+json".equals(answer.header("Content-Type"))
        && EXCEPTION_NAME.matcher(answer.body()).find()) {
      findings.add(new Finding("exception name", request, answer.status(), answer.body()));
    }
  }

  static long count(Set<Endpoint> endpoints, String source) {
    return endpoints.stream().filter(e -> e.source().equals(source)).count();
  }

  static Set<String> paths(Set<Endpoint> endpoints) {
    Set<String> paths = new TreeSet<>();
    endpoints.forEach(e -> paths.add(e.method() + " " + e.path()));
    return paths;
  }
}
