package vn.motcua.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor with a browser's habits over plain HTTP: keeps its cookies, asks for HTML, and follows redirects
 * itself, one hop at a time, so a test can look at every address it went through ({@link #hops}).
 */
final class WebVisitor {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final URI base;
  /** Every address visited by the last {@link #get} or {@link #post}, redirects included, in order. */
  final List<URI> hops = new ArrayList<>();

  WebVisitor(int port) {
    this.base = URI.create("http://localhost:" + port + "/");
  }

  /** Goes to {@code path} (or an absolute URL) and follows the redirects; answers the page it ends on. */
  HttpResponse<String> get(String path) {
    hops.clear();
    return follow(send(request(base.resolve(path)).GET()));
  }

  /** Goes to {@code path} and answers its response as it is, without following a redirect. */
  HttpResponse<String> getOnly(String path) {
    hops.clear();
    return send(request(base.resolve(path)).GET());
  }

  /** Sends a form as a browser does (with the page's CSRF token as {@code _csrf}) and follows the redirects. */
  HttpResponse<String> post(String path, Map<String, String> fields) {
    return follow(postOnly(path, fields));
  }

  /** Sends a form and answers its response as it is, without following a redirect. */
  HttpResponse<String> postOnly(String path, Map<String, String> fields) {
    hops.clear();
    String body = fields.entrySet().stream()
        .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The sign-in form of {@code page} filled in, with the page's CSRF token. */
  static Map<String, String> signInForm(HttpResponse<String> page, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", username);
    form.put("password", password);
    form.put("_csrf", csrf(page.body()));
    return form;
  }

  /** Fills in the sign-in form of {@code page} (the portal's or the sandbox provider's) and sends it. */
  HttpResponse<String> signIn(HttpResponse<String> page, String username, String password) {
    return post(page.uri().getPath(), signInForm(page, username, password));
  }

  static String csrf(String html) {
    Matcher token = CSRF.matcher(html);
    if (!token.find()) {
      throw new AssertionError("no CSRF token in the page:\n" + html);
    }
    return token.group(1);
  }

  private HttpResponse<String> follow(HttpResponse<String> response) {
    hops.add(response.uri());
    for (int i = 0; i < 20 && response.statusCode() / 100 == 3; i++) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response = send(request(next).GET());
      hops.add(response.uri());
    }
    return response;
  }

  private static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
        .header("Accept-Language", "vi-VN,vi;q=0.9");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
