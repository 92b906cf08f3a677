package vn.motcua.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.motcua.notification.OutboxMessage;
import vn.motcua.notification.SmsGateway;

/**
 * The SMS provider inside the application (the default): every message lands in the outbox instead
 * of on a phone. The text is not logged: it may carry a one-time code.
 */
@Component
@ConditionalOnProperty(name = "motcua.sms.gateway", havingValue = "sandbox", matchIfMissing = true)
class SandboxSmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(SandboxSmsGateway.class);

  private final OutboxStore outbox;

  SandboxSmsGateway(OutboxStore outbox) {
    this.outbox = outbox;
  }

  @Override
  public void send(String phone, String text, String reference) {
    OutboxMessage message = outbox.record(OutboxMessage.Channel.SMS, phone, null, text, reference);
    log.info("Sandbox SMS {} recorded in the outbox ({})", message.id(), reference);
  }
}
