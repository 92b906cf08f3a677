package vn.motcua.applicant.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.shared.Retention;

/**
 * Activation and password-reset codes: each new code also purges the expired ones, this purges them
 * when nobody asks; {@code motcua.retention.account-codes} after expiry.
 */
@Configuration
class AccountCodeRetention {

  @Bean
  Retention accountCodes(
      JdbcTemplate jdbc, @Value("${motcua.retention.account-codes:P1D}") Duration keep) {
    return Retention.of(jdbc, "applicant_code", "id", "t.expires_at < ?", keep);
  }
}
