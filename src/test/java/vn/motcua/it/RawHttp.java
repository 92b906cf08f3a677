package vn.motcua.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange over a plain socket, with the bytes exactly as given: what a careless or
 * hostile client can send and a well-behaved client library refuses to (a header with bytes
 * 0x80–0x9F, a path with {@code ;x=y}, a body cut short).
 */
final class RawHttp {

  /** The status (0 when the server gave no answer), the head's lines and the body as text. */
  record Answer(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private RawHttp() {}

  static Answer send(int port, byte[] request) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      socket.shutdownOutput();
      byte[] all = readAll(socket.getInputStream());
      String text = new String(all, StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String body = end < 0 ? "" : text.substring(end + 4);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = dechunked(body);
      }
      String[] status = head.split(" ", 3);
      int code = status.length > 1 && status[1].matches("\\d{3}") ? Integer.parseInt(status[1]) : 0;
      return new Answer(code, head, body);
    } catch (SocketTimeoutException e) {
      return new Answer(0, "no answer in 30 s", "");
    } catch (IOException e) {
      return new Answer(0, "connection failed: " + e.getMessage(), "");
    }
  }

  /** {@code method path HTTP/1.1} with these header lines (each "Name: value") and body. */
  static byte[] request(String method, String path, List<String> headers, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        (method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    for (String header : headers) {
      // ISO-8859-1: one byte per char, so a test can put any byte 0x00–0xFF into a header
      out.writeBytes((header + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }
    if (body != null) {
      out.writeBytes(
          ("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }
    out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (body != null) {
      out.writeBytes(body);
    }
    return out.toByteArray();
  }

  /**
   * The body of a chunked answer without its chunk sizes (read as text: sizes count bytes, so go by
   * lines).
   */
  private static String dechunked(String chunked) {
    StringBuilder body = new StringBuilder();
    byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
    int at = 0;
    while (at < bytes.length) {
      int lineEnd = indexOf(bytes, at);
      if (lineEnd < 0) {
        break;
      }
      String sizeLine = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim();
      int size;
      try {
        size = Integer.parseInt(sizeLine.split(";")[0], 16);
      } catch (NumberFormatException e) {
        break;
      }
      if (size == 0) {
        break;
      }
      int start = lineEnd + 2;
      int stop = Math.min(bytes.length, start + size);
      body.append(new String(bytes, start, stop - start, StandardCharsets.UTF_8));
      at = stop + 2;
    }
    return body.toString();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
      if (out.size() > 2_000_000) {
        break; // enough to judge it
      }
    }
    return out.toByteArray();
  }
}
