package vn.motcua.notification;

import java.time.Instant;

/**
 * One message as it left the application: an SMS or an e-mail, to whom, what it said, and what it
 * was about.
 */
public record OutboxMessage(
    long id,
    Channel channel,
    String recipient,
    String subject,
    String body,
    String reference,
    Instant createdAt) {

  public enum Channel {
    SMS,
    EMAIL
  }
}
