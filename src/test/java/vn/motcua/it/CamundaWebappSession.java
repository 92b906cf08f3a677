package vn.motcua.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A browser's session with the Camunda webapps: their cookies (session, CSRF) and the CSRF header
 * that Tasklist, Cockpit and Admin send with every change. Anonymous until {@link #signIn}.
 */
public class CamundaWebappSession {

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** Opens an app's page, as a browser does first: it hands out the session and CSRF cookies. */
  public CamundaWebappSession(TestRestTemplate rest, String app) {
    this.rest = rest;
    keepCookies(rest.getForEntity("/camunda/app/" + app + "/default/", String.class));
  }

  public int signIn(String app, String user, String password) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> response =
        rest.exchange(
            "/camunda/api/admin/auth/user/default/login/" + app,
            HttpMethod.POST,
            new HttpEntity<>("username=" + user + "&password=" + password, headers),
            String.class);
    keepCookies(response);
    // the sign-in starts a new session; its CSRF token comes with the next read, as the webapps'
    // first call after sign-in
    exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null);
    return response.getStatusCode().value();
  }

  public ResponseEntity<String> exchange(HttpMethod method, String path, String json) {
    return exchange(method, path, json, null);
  }

  /** A request with the {@code Accept} header an app sends, e.g. Tasklist's HAL for task lists. */
  public ResponseEntity<String> exchange(
      HttpMethod method, String path, String json, String accept) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (accept != null) {
      headers.set(HttpHeaders.ACCEPT, accept);
    }
    ResponseEntity<String> response =
        rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
    keepCookies(response);
    return response;
  }

  /** This browser's cookies as a {@code Cookie} header, for a request sent by other means. */
  public String cookieHeader() {
    return cookies.entrySet().stream()
        .map(c -> c.getKey() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(
        HttpHeaders.COOKIE,
        cookies.entrySet().stream()
            .map(c -> c.getKey() + "=" + c.getValue())
            .collect(Collectors.joining("; ")));
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }

  private void keepCookies(ResponseEntity<?> response) {
    List<String> setCookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    for (String setCookie : setCookies) {
      String[] pair = setCookie.split(";")[0].split("=", 2);
      cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
  }
}
