package vn.motcua.notification.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server inside the application for the demo profile (GreenMail), so that a fresh clone
 * sends real mail end to end; the outbox page shows what it received. It listens on a free port
 * unless {@code motcua.mail.embedded-server.port} names one (to watch it with a mail client), and
 * points the application's mail sender at itself, so two demos or a demo and the tests can run side
 * by side. Production points {@code spring.mail.*} at the province's mail server instead.
 */
@Component
@ConditionalOnProperty(name = "motcua.mail.embedded-server.enabled", havingValue = "true")
class EmbeddedSmtpServer implements SmartLifecycle {

  private static final String HOST = "127.0.0.1";

  private final GreenMail server;
  private final JavaMailSenderImpl mailSender;
  private volatile boolean running;

  EmbeddedSmtpServer(
      @Value("${motcua.mail.embedded-server.port:0}") int port, JavaMailSenderImpl mailSender) {
    ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
    this.server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    this.mailSender = mailSender;
  }

  @Override
  public void start() {
    server.start();
    mailSender.setHost(HOST);
    mailSender.setPort(server.getSmtp().getPort());
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
