package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The integration tests' browser without JavaScript, for the portal's pages (and the sandbox e-ID
 * provider's): keeps its cookies (the session), asks for HTML, sends the CSRF token of the last
 * page it read with each form, and does not follow redirects unless told to ({@link #follow}), so a
 * test sees where each step leads. Pages come as text, files ({@link #getBytes}) as bytes.
 */
final class PortalClient {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final String forwardedFor;
  private String csrf;

  /** Every address the last {@link #follow} went through, the one it started from first. */
  final List<URI> hops = new ArrayList<>();

  PortalClient(int port) {
    this(port, null);
  }

  /**
   * {@code forwardedFor}: the client address the server should see (its limits count per address).
   */
  PortalClient(int port, String forwardedFor) {
    this.base = URI.create("http://localhost:" + port + "/");
    this.forwardedFor = forwardedFor;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A new browser signed in through the login page as {@code user}, with the demo password. */
  static PortalClient signedIn(int port, String user) {
    PortalClient client = new PortalClient(port);
    assertThat(client.login(user, ApiClient.PASSWORD))
        .as("sign-in of " + user)
        .isNotNull()
        .doesNotContain("error")
        .doesNotContain("dang-nhap");
    return client;
  }

  /** Gets {@code path} (or an absolute address) as it answers, a redirect included. */
  HttpResponse<String> get(String path) {
    return get(base.resolve(path));
  }

  /** Gets a file (a download, an image) as bytes. */
  HttpResponse<byte[]> getBytes(String path) {
    return send(request(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Follows the redirects of {@code response} one hop at a time, as a browser does, and answers the
   * page it ends on ({@code response} itself if it is no redirect); {@link #hops} then lists the
   * way.
   */
  HttpResponse<String> follow(HttpResponse<String> response) {
    hops.clear();
    hops.add(response.uri());
    for (int i = 0; i < 20 && response.statusCode() / 100 == 3; i++) {
      response =
          get(response.uri().resolve(response.headers().firstValue("Location").orElseThrow()));
      hops.add(response.uri());
    }
    return response;
  }

  /**
   * Reads the page holding a form, as a browser does before sending it: the next post goes with its
   * CSRF token.
   */
  PortalClient openForm(String page) {
    csrf = null;
    get(page);
    assertThat(csrf).as("a _csrf input on " + page).isNotNull();
    return this;
  }

  /** Posts a form with the CSRF token of the last page read. */
  HttpResponse<String> post(String path, Map<String, String> fields) {
    return postRaw(path, withCsrf(fields));
  }

  /** Posts exactly these fields (no CSRF token unless given). */
  HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return read(
        request(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** A file field of a multipart form. */
  record FilePart(String field, String fileName, String contentType, byte[] bytes) {}

  /** Posts a multipart form (fields, files) with the CSRF token of the last page read. */
  HttpResponse<String> postMultipart(
      String path, Map<String, String> fields, List<FilePart> files) {
    return postMultipartRaw(path, withCsrf(fields), files);
  }

  /** Posts a multipart form of exactly these fields and files (no CSRF token unless given). */
  HttpResponse<String> postMultipartRaw(
      String path, Map<String, String> fields, List<FilePart> files) {
    String boundary = "----motcua" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    for (FilePart file : files) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + file.field()
                  + "\"; filename=\""
                  + file.fileName()
                  + "\"\r\nContent-Type: "
                  + file.contentType()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.bytes());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return read(
        request(base.resolve(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /** This browser's cookies as a {@code Cookie} header, for a request sent by other means. */
  String cookieHeader() {
    return cookies.getCookieStore().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  /** The CSRF token of the last page read that had a form. */
  String csrfToken() {
    return csrf;
  }

  /** Where a redirect leads, relative to the site. */
  static String location(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Location")
        .map(l -> l.replaceFirst("^https?://[^/]+", ""))
        .orElse(null);
  }

  /** Signs in with the portal's login form; answers where the login sent the browser. */
  String login(String username, String password) {
    get("/dang-nhap");
    return location(post("/dang-nhap", Map.of("username", username, "password", password)));
  }

  /**
   * Fills in the sign-in form of {@code page} (the portal's or the sandbox provider's) with that
   * page's CSRF token, sends it and follows where it leads.
   */
  HttpResponse<String> signIn(HttpResponse<String> page, String username, String password) {
    String token = csrfOf(page.body());
    assertThat(token).as("a _csrf input on " + page.uri()).isNotNull();
    return follow(
        postRaw(
            page.uri().getPath(),
            Map.of("username", username, "password", password, "_csrf", token)));
  }

  private Map<String, String> withCsrf(Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null) {
      all.putIfAbsent("_csrf", csrf);
    }
    return all;
  }

  private HttpResponse<String> get(URI uri) {
    return read(request(uri).GET().build());
  }

  private HttpRequest.Builder request(URI uri) {
    // as a browser asks for a page (the portal answers a script's request for a protected page with
    // 401, a browser's with the login page)
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    return builder;
  }

  /** Sends a request for a page and remembers the page's CSRF token, if it has one. */
  private HttpResponse<String> read(HttpRequest request) {
    HttpResponse<String> response =
        send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String token = csrfOf(response.body());
    if (token != null) {
      csrf = token;
    }
    return response;
  }

  /** The CSRF token of the page's form, or null. */
  private static String csrfOf(String html) {
    Matcher m = CSRF.matcher(html);
    return !m.find() ? null : m.group(1) != null ? m.group(1) : m.group(2);
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (Exception e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    }
  }
}
