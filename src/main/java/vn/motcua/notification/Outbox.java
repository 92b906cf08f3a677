package vn.motcua.notification;

import java.util.List;
import java.util.Optional;

/** What the sandboxes sent, newest first: for the administrators' outbox page and for tests. */
public interface Outbox {

  List<OutboxMessage> recent(int limit);

  Optional<OutboxMessage> latestTo(String recipient);
}
