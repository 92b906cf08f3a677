package vn.motcua.interop.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.shared.Retention;

/**
 * What the sandbox national portal received (the administrators' outbox page shows the latest): the
 * national portal keeps its own record, and the dossier's timeline holds every status with its
 * national code; the sandbox's copies are kept {@code motcua.retention.portal-pushes}.
 */
@Configuration
class PortalPushRetention {

  @Bean
  Retention portalPushes(
      JdbcTemplate jdbc, @Value("${motcua.retention.portal-pushes:P30D}") Duration keep) {
    return Retention.of(jdbc, "national_portal_push", "id", "t.pushed_at < ?", keep);
  }
}
