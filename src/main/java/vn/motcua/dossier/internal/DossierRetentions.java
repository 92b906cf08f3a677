package vn.motcua.dossier.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.shared.Retention;

/**
 * The dossier module's rows that serve for a while, not as the dossier's record: the dossier, its
 * components, timeline, parts, apologies, result, rating and the signature it was submitted with
 * are kept for good.
 */
@Configuration
class DossierRetentions {

  /**
   * A submission's idempotency key answers a client's repeat with the same dossier; a repeat comes
   * within minutes, so after {@code motcua.retention.submission-requests} the same key makes a new
   * dossier.
   */
  @Bean
  Retention submissionRequests(
      JdbcTemplate jdbc, @Value("${motcua.retention.submission-requests:P30D}") Duration keep) {
    return Retention.of(
        jdbc,
        "submission_request",
        "(applicant_account, idempotency_key)",
        "t.created_at < ?",
        keep);
  }

  /**
   * A declaration signed with a one-time code and never submitted: after {@code
   * motcua.retention.unspent-signatures} the citizen signs again. One spent on a dossier is that
   * dossier's evidence and stays.
   */
  @Bean
  Retention unspentSignatures(
      JdbcTemplate jdbc, @Value("${motcua.retention.unspent-signatures:P30D}") Duration keep) {
    return Retention.of(
        jdbc, "declaration_signature", "id", "t.dossier_code is null and t.created_at < ?", keep);
  }

  /**
   * The public look-up's one-time codes: each request also purges them, this purges them when
   * nobody asks; {@code motcua.retention.lookup-codes} after expiry.
   */
  @Bean
  Retention lookupCodes(
      JdbcTemplate jdbc, @Value("${motcua.retention.lookup-codes:P1D}") Duration keep) {
    return Retention.of(jdbc, "lookup_request", "id", "t.expires_at < ?", keep);
  }
}
