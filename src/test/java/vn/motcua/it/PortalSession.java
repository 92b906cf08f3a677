package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The portal as a browser without JavaScript uses it: one cookie jar (the session), forms posted
 * with the CSRF token read from the page's hidden {@code _csrf} input, redirects seen as they are.
 */
final class PortalSession {

  /** An answer: status, headers, and the body as bytes and as text. */
  record Answer(int status, HttpHeaders headers, byte[] bytes) {
    String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    String location() {
      return headers.firstValue("Location").orElse(null);
    }
  }

  /** A file part of a multipart form. */
  record FilePart(String field, String fileName, String contentType, byte[] bytes) {}

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  private final String base;
  private final HttpClient http;

  PortalSession(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Signs in through the login page, as {@code user} with the demo password. */
  static PortalSession signedIn(int port, String user) {
    PortalSession session = new PortalSession(port);
    Answer login = session.post("/dang-nhap", "/dang-nhap", Map.of("username", user, "password", ApiClient.PASSWORD));
    assertThat(login.status()).as("sign-in of " + user).isEqualTo(302);
    assertThat(login.location()).doesNotContain("loi").doesNotContain("dang-nhap");
    return session;
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** The page the redirect of {@code answer} leads to. */
  Answer follow(Answer answer) {
    assertThat(answer.status()).as("a redirect").isBetween(301, 303);
    String location = answer.location();
    return get(location.startsWith("http") ? URI.create(location).getRawPath()
        + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()) : location);
  }

  /** Posts a form the way the page at {@code formPage} would, with its CSRF token. */
  Answer post(String formPage, String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf(formPage));
    String body = all.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Posts a multipart form the way the page at {@code formPage} would, with its CSRF token. */
  Answer postMultipart(String formPage, String path, Map<String, String> fields, FilePart file) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("_csrf", csrf(formPage));
    all.putAll(fields);
    return postMultipartAsIs(path, all, file);
  }

  /** Posts exactly these fields (no CSRF token unless given). */
  Answer postMultipartAsIs(String path, Map<String, String> fields, FilePart file) {
    String boundary = "----motcua" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n"));
    if (file != null) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
          + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
      body.writeBytes(file.bytes());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** The CSRF token of the form on this page (the session's token, masked afresh for each page). */
  String csrf(String formPage) {
    String page = get(formPage).body();
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as("a _csrf input on " + formPage).isTrue();
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** As a browser sends it: asking for a page (Spring Security then redirects to sign in, errors come as pages). */
  private Answer send(HttpRequest.Builder request) {
    request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
