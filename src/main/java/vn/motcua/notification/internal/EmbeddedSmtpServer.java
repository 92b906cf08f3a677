package vn.motcua.notification.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server inside the application for the demo profile (GreenMail), so that a fresh
 * clone sends real mail end to end; the outbox page shows what it received. Production points
 * {@code spring.mail.*} at the province's mail server instead.
 */
@Component
@ConditionalOnProperty(name = "motcua.mail.embedded-server.enabled", havingValue = "true")
class EmbeddedSmtpServer implements SmartLifecycle {

  private final GreenMail server;
  private volatile boolean running;

  EmbeddedSmtpServer(@Value("${motcua.mail.embedded-server.port:2525}") int port) {
    this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  @Override
  public void start() {
    server.start();
    running = true;
  }

  @Override
  public void stop() {
    server.stop();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Before the web server and the job executor, after which mail may be sent. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 1000;
  }
}
