package vn.motcua.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The demo's embedded SMTP server on a free port of its own for a test context: its fixed port (2525)
 * is taken whenever another build on the same machine runs a demo context at the same time.
 */
final class EmbeddedMail {

  private EmbeddedMail() {}

  static void onFreePort(DynamicPropertyRegistry registry) {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    registry.add("motcua.mail.embedded-server.port", () -> port);
    registry.add("spring.mail.port", () -> port);
  }
}
