package vn.motcua.document.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small S3-compatible server for tests, on the JDK's HTTP server, on a free port of 127.0.0.1:
 * PUT, GET, HEAD and DELETE of objects in path-style URLs ({@code /bucket/key}), with their user
 * metadata ({@code x-amz-meta-*}). Signatures are not checked; requests are recorded.
 */
public final class FakeS3 implements AutoCloseable {

  public record StoredObject(byte[] bytes, Map<String, String> metadata, Instant lastModified) {}

  private final HttpServer server;
  private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
  public final List<String> requests = new CopyOnWriteArrayList<>();

  public FakeS3() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Objects by "bucket/key". */
  public Map<String, StoredObject> objects() {
    return objects;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path =
          URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8)
              .substring(1);
      String method = exchange.getRequestMethod();
      requests.add(method + " /" + path);
      switch (method) {
        case "PUT" -> put(exchange, path);
        case "GET", "HEAD" -> get(exchange, path, method.equals("HEAD"));
        case "DELETE" -> {
          objects.remove(path);
          exchange.sendResponseHeaders(204, -1);
        }
        default -> exchange.sendResponseHeaders(405, -1);
      }
    }
  }

  private void put(HttpExchange exchange, String path) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String contentSha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
    if (contentSha != null && contentSha.startsWith("STREAMING")) {
      body = unchunk(body);
    }
    Map<String, String> metadata = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (name.toLowerCase().startsWith("x-amz-meta-")) {
                metadata.put(name.toLowerCase().substring("x-amz-meta-".length()), values.get(0));
              }
            });
    objects.put(path, new StoredObject(body, metadata, Instant.now()));
    exchange.getResponseHeaders().set("ETag", etag(body));
    exchange.sendResponseHeaders(200, -1);
  }

  private void get(HttpExchange exchange, String path, boolean head) throws IOException {
    StoredObject object = objects.get(path);
    if (object == null) {
      if (head) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] error =
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
                  + "<Message>The specified key does not exist.</Message><Key>"
                  + path
                  + "</Key></Error>")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/xml");
      exchange.sendResponseHeaders(404, error.length);
      exchange.getResponseBody().write(error);
      return;
    }
    var headers = exchange.getResponseHeaders();
    headers.set("ETag", etag(object.bytes()));
    headers.set("Content-Type", "application/octet-stream");
    headers.set(
        "Last-Modified",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            object.lastModified().atOffset(ZoneOffset.UTC)));
    object.metadata().forEach((name, value) -> headers.set("x-amz-meta-" + name, value));
    if (head) {
      headers.set("Content-Length", String.valueOf(object.bytes().length));
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    exchange.sendResponseHeaders(200, object.bytes().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(object.bytes());
    }
  }

  /** The payload of an aws-chunked body ({@code size;chunk-signature=…\r\nbytes\r\n}…). */
  private static byte[] unchunk(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = new java.io.ByteArrayInputStream(body);
    while (true) {
      String header = line(in);
      int size = Integer.parseInt(header.split(";")[0].trim(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(size));
      line(in);
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c; (c = in.read()) != -1 && c != '\n'; ) {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static String etag(byte[] bytes) {
    try {
      return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)) + "\"";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
