package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9, acceptance 7 and the engine paths of acceptance 1, over a real socket: a body too large
 * for {@code /engine-rest} is refused while it streams in, before it fills the heap, and odd paths
 * answer 4xx, not 5xx.
 */
@EngineRestTest
class EngineRestEdgesIT {

  static final long FIFTY_MB = 50L * 1024 * 1024;

  @LocalServerPort int port;

  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  // --- bounded bodies
  // ---------------------------------------------------------------------------------

  @Test
  void aLargeJsonBody_withContentLength_isRefused413_beforeItIsRead() throws Exception {
    JsonStream body = new JsonStream(FIFTY_MB);
    Answer answer =
        postTasks(
            "mc.tinh",
            "vi",
            BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> body), FIFTY_MB),
            body);
    assertTooLarge(answer, "Yêu cầu quá lớn");
  }

  @Test
  void aLargeJsonBody_streamedInChunks_isRefused413_whileItStreams() throws Exception {
    JsonStream body = new JsonStream(FIFTY_MB);
    Answer answer = postTasks("mc.tinh", "en", BodyPublishers.ofInputStream(() -> body), body);
    assertTooLarge(answer, "Request too large");
  }

  @Test
  void anAnonymousLargeBody_isRefused401_withoutBeingRead() throws Exception {
    for (boolean chunked : List.of(true, false)) {
      JsonStream body = new JsonStream(FIFTY_MB);
      BodyPublisher publisher =
          chunked
              ? BodyPublishers.ofInputStream(() -> body)
              : BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> body), FIFTY_MB);
      Answer answer = postTasks(null, "vi", publisher, body);
      // chunked: refused by the authentication, unread; a declared 50 MB: refused by its length
      // first
      assertThat(answer.status())
          .as("chunked " + chunked)
          .isIn(chunked ? List.of(401) : List.of(401, 413));
    }
  }

  @Test
  void aDeploymentOverTheDeploymentLimit_isRefused413_whileItStreams() throws Exception {
    JsonStream body = new JsonStream(2 * FIFTY_MB);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
            .header("Authorization", basic("analyst"))
            .header("Content-Type", "multipart/form-data; boundary=x")
            .POST(BodyPublishers.ofInputStream(() -> body))
            .build();
    Answer answer = send(request, body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(413);
    assertThat(answer.body()).contains("30 MB");
    // Tomcat reads up to the limit, then drains at most server.tomcat.max-swallow-size (31 MB) and
    // closes
    assertThat(answer.sentBeforeAnswer()).isLessThan(2 * FIFTY_MB);
  }

  /**
   * The answer comes while the client still has most of its body to send: written by hand on a
   * socket that sends a part and then waits, so nothing but the server's own decision can produce
   * the answer.
   */
  @Test
  void theRefusal_comesBeforeTheBodyIsSent() throws Exception {
    String json =
        "POST /engine-rest/task?maxResults=10 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
    String declared = "Content-Length: " + FIFTY_MB + "\r\n";
    String chunked = "Transfer-Encoding: chunked\r\n";
    String officer = "Authorization: " + basic("mc.tinh") + "\r\n";
    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(headOfAnswer(json + officer + declared, false, 64 * 1024))
        .as("declared length")
        .startsWith("HTTP/1.1 413");
    softly
        .assertThat(headOfAnswer(json + officer + chunked, true, 2 * 1024 * 1024))
        .as("chunked")
        .startsWith("HTTP/1.1 413");
    // an anonymous body declared too large is refused by its length before authentication: unread
    // either way
    softly
        .assertThat(headOfAnswer(json + declared, false, 64 * 1024))
        .as("anonymous, declared length")
        .matches("(?s)HTTP/1.1 (401|413).*");
    softly
        .assertThat(headOfAnswer(json + "Content-Length: 900000\r\n", false, 64 * 1024))
        .as("anonymous, under the limit")
        .startsWith("HTTP/1.1 401");
    softly
        .assertThat(headOfAnswer(json + chunked, true, 64 * 1024))
        .as("anonymous, chunked")
        .startsWith("HTTP/1.1 401");
    softly.assertAll();
  }

  /**
   * Sends the head and {@code bytes} of a JSON body, then only reads: the answer's head, or what
   * came in 10 s.
   */
  String headOfAnswer(String head, boolean chunked, int bytes) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      var out = socket.getOutputStream();
      out.write((head + "\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[16 * 1024];
      Arrays.fill(chunk, (byte) 'x');
      System.arraycopy("{\"name\":\"".getBytes(StandardCharsets.US_ASCII), 0, chunk, 0, 9);
      for (int sent = 0; sent < bytes; sent += chunk.length) {
        if (chunked) {
          out.write(
              (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(chunk);
        if (chunked) {
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        Arrays.fill(chunk, 0, 9, (byte) 'x');
      }
      out.flush();
      StringBuilder answer = new StringBuilder();
      InputStream in = socket.getInputStream();
      try {
        for (int b = in.read(); b >= 0 && answer.indexOf("\r\n\r\n") < 0; b = in.read()) {
          answer.append((char) b);
        }
      } catch (SocketTimeoutException waiting) {
        return "no answer in 10 s: " + answer;
      }
      return answer.toString();
    }
  }

  // --- odd engine paths
  // ---------------------------------------------------------------------------------

  @Test
  void oddEnginePaths_answer4xx_withoutJavaClassNames() throws Exception {
    SoftAssertions softly = new SoftAssertions();
    for (String path :
        List.of(
            "//engine-rest/version",
            "/engine-rest;x=y/task",
            "/engine-rest/;x=y/version",
            "/error",
            "/engine-rest/%2e%2e/version")) {
      for (String user : new String[] {null, "analyst"}) {
        String answer = rawGet(path, user);
        int status = Integer.parseInt(answer.substring(9, 12));
        softly.assertThat(status).as(user + " " + path + ":\n" + answer).isBetween(200, 499);
        softly
            .assertThat(answer)
            .as(path)
            .doesNotContainPattern("(java|jakarta|org\\.springframework|org\\.camunda)\\.[a-z]+\\.")
            .doesNotContain("Exception");
      }
    }
    softly.assertAll();
  }

  // --- helpers
  // ----------------------------------------------------------------------------------------

  /** Streams {@code body} as a task query of {@code user} (null: anonymous) in that language. */
  Answer postTasks(String user, String language, BodyPublisher publisher, JsonStream body)
      throws Exception {
    return send(post("/engine-rest/task?maxResults=10", user, language, publisher), body);
  }

  HttpRequest post(String path, String user, String language, BodyPublisher body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(body);
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    return request.build();
  }

  /**
   * What came back, and how much of the body the client had sent when the answer's head arrived.
   */
  record Answer(int status, HttpHeaders headers, String body, long sentBeforeAnswer) {}

  /**
   * Sends and keeps the answer even when the server then closes the connection on the rest of the
   * body, which the client may report as an error while reading the answer's body: what had arrived
   * is kept.
   */
  Answer send(HttpRequest request, JsonStream stream) throws Exception {
    AtomicLong sentBeforeAnswer = new AtomicLong(-1);
    AtomicReference<HttpResponse.ResponseInfo> head = new AtomicReference<>();
    KeepWhatArrived body = new KeepWhatArrived();
    try {
      HttpResponse<String> response =
          http.sendAsync(
                  request,
                  info -> {
                    sentBeforeAnswer.set(stream.sent.get());
                    head.set(info);
                    return body;
                  })
              .get(60, TimeUnit.SECONDS);
      return new Answer(
          response.statusCode(), response.headers(), response.body(), sentBeforeAnswer.get());
    } catch (ExecutionException closed) {
      if (head.get() == null) {
        throw closed;
      }
      // the answer came, then the server closed the connection on the rest of the body
      return new Answer(
          head.get().statusCode(),
          head.get().headers(),
          body.bytes.toString(StandardCharsets.UTF_8),
          sentBeforeAnswer.get());
    }
  }

  void assertTooLarge(Answer answer, String title) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.body())
        .contains("\"status\":413")
        .contains("\"title\":\"" + title)
        .contains("1 MB");
  }

  /**
   * A string body subscriber that completes with what arrived when the connection breaks after the
   * answer.
   */
  static final class KeepWhatArrived implements HttpResponse.BodySubscriber<String> {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final CompletableFuture<String> body = new CompletableFuture<>();

    @Override
    public CompletionStage<String> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer item : items) {
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        bytes.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable error) {
      onComplete();
    }

    @Override
    public void onComplete() {
      body.complete(bytes.toString(StandardCharsets.UTF_8));
    }
  }

  static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** A GET written by hand: HTTP clients clean such paths up before sending them. */
  String rawGet(String path, String user) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n"
              + (user == null ? "" : "Authorization: " + basic(user) + "\r\n")
              + "\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * A JSON object of {@code size} bytes made while it is read, never held: {@code
   * {"name":"xxxx…"}}.
   */
  static final class JsonStream extends InputStream {
    final long size;
    final AtomicLong sent = new AtomicLong();

    JsonStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      long at = sent.get();
      if (at >= size) {
        return -1;
      }
      sent.incrementAndGet();
      if (at < 9) {
        return "{\"name\":\"".charAt((int) at);
      }
      return at == size - 2 ? '"' : at == size - 1 ? '}' : 'x';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int n = 0;
      while (n < length) {
        int b = read();
        if (b < 0) {
          return n == 0 ? -1 : n;
        }
        buffer[offset + n++] = (byte) b;
      }
      return n;
    }
  }
}
