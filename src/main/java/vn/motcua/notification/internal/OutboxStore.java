package vn.motcua.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.notification.Outbox;
import vn.motcua.notification.OutboxMessage;

/**
 * The outbox table every sandbox writes to (SMS now, e-mail later: hence the channel), in the
 * caller's transaction, so a message exists exactly when what caused it was committed.
 */
@Service
@Transactional(readOnly = true)
class OutboxStore implements Outbox {

  private static final int MAX_PAGE = 500;

  private final OutboxRepository messages;
  private final Clock clock;

  OutboxStore(OutboxRepository messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional
  OutboxMessage record(
      OutboxMessage.Channel channel,
      String recipient,
      String subject,
      String body,
      String reference) {
    return messages
        .save(
            new OutboxMessageEntity(channel, recipient, subject, body, reference, clock.instant()))
        .toMessage();
  }

  @Override
  public List<OutboxMessage> recent(int limit) {
    int size = Math.max(1, Math.min(limit, MAX_PAGE));
    return messages.findByOrderByIdDesc(PageRequest.of(0, size)).stream()
        .map(OutboxMessageEntity::toMessage)
        .toList();
  }

  @Override
  public Optional<OutboxMessage> latestTo(String recipient) {
    return messages
        .findFirstByRecipientOrderByIdDesc(recipient)
        .map(OutboxMessageEntity::toMessage);
  }
}
