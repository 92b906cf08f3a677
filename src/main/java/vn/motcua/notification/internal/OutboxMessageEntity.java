package vn.motcua.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.notification.OutboxMessage;

@Entity
@Table(name = "outbox_message")
class OutboxMessageEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private OutboxMessage.Channel channel;

  @Column(nullable = false, updatable = false)
  private String recipient;

  @Column(updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false, length = 100_000)
  private String body;

  @Column(updatable = false)
  private String reference;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected OutboxMessageEntity() {}

  OutboxMessageEntity(
      OutboxMessage.Channel channel,
      String recipient,
      String subject,
      String body,
      String reference,
      Instant createdAt) {
    this.channel = channel;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.reference = reference;
    this.createdAt = createdAt;
  }

  OutboxMessage toMessage() {
    return new OutboxMessage(id, channel, recipient, subject, body, reference, createdAt);
  }
}
