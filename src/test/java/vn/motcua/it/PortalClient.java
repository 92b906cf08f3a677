package vn.motcua.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A citizen's browser without JavaScript, for the portal's pages: keeps its cookies (the session),
 * sends the CSRF token of the last page it read with each form, and does not follow redirects, so a
 * test sees where each step leads.
 */
final class PortalClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  private final String base;
  private final HttpClient http;
  private final String forwardedFor;
  private String csrf;

  PortalClient(int port) {
    this(port, null);
  }

  /** {@code forwardedFor}: the client address the server should see (its limits count per address). */
  PortalClient(int port, String forwardedFor) {
    this.base = "http://localhost:" + port;
    this.forwardedFor = forwardedFor;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(request(path).GET().build());
    remember(response);
    return response;
  }

  /** Posts a form with the CSRF token of the last page read. */
  HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null) {
      all.putIfAbsent("_csrf", csrf);
    }
    return postRaw(path, all);
  }

  /** Posts exactly these fields (no CSRF token unless given). */
  HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpResponse<String> response = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    remember(response);
    return response;
  }

  /** A file field of a multipart form. */
  record FilePart(String field, String fileName, String contentType, byte[] bytes) {}

  /** Posts a multipart form (fields, files) with the CSRF token of the last page read. */
  HttpResponse<String> postMultipart(String path, Map<String, String> fields, java.util.List<FilePart> files) {
    String boundary = "----motcua" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null) {
      all.putIfAbsent("_csrf", csrf);
    }
    all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    for (FilePart file : files) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
          + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.bytes());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    remember(response);
    return response;
  }

  /** Where a redirect leads, relative to the site. */
  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse(null);
  }

  /** Signs in with the portal's login form; answers where the login sent the browser. */
  String login(String username, String password) {
    get("/dang-nhap");
    return location(post("/dang-nhap", Map.of("username", username, "password", password)));
  }

  private HttpRequest.Builder request(String path) {
    // as a browser asks for a page (the portal answers a script's request for a protected page with 401, a browser's with the login page)
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    }
  }

  private void remember(HttpResponse<String> response) {
    Matcher m = CSRF.matcher(response.body());
    if (m.find()) {
      csrf = m.group(1) != null ? m.group(1) : m.group(2);
    }
  }
}
