package vn.motcua.notification.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.shared.Retention;

/**
 * The outbox's copies of the mail and SMS sent: what the applicant was told is on the dossier's
 * timeline for as long as the dossier is kept; the message itself, for a complaint about one, is
 * kept {@code motcua.retention.outbox-messages}.
 */
@Configuration
class OutboxRetention {

  @Bean
  Retention outboxMessages(
      JdbcTemplate jdbc, @Value("${motcua.retention.outbox-messages:P180D}") Duration keep) {
    return Retention.of(jdbc, "outbox_message", "id", "t.created_at < ?", keep);
  }
}
