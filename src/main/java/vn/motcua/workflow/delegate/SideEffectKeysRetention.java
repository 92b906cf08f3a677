package vn.motcua.workflow.delegate;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.shared.Retention;

/**
 * The ledger's keys ({@link SideEffectLedger}) once no job can repeat their effect. A key guards
 * against a job of the dossier's processes running again: only a running process instance has jobs,
 * and every process that sends for a dossier (its own, the processes it calls, its status
 * notifications, its deadline watches) carries the dossier's code as business key or runs under one
 * that does. So a key goes when it is older than {@code motcua.retention.side-effect-keys} and no
 * process instance of its dossier is running: a notification stuck in an incident keeps its
 * dossier's keys for as long as an operator may retry it.
 */
@Configuration
class SideEffectKeysRetention {

  @Bean
  Retention sideEffectKeys(
      JdbcTemplate jdbc, @Value("${motcua.retention.side-effect-keys:P30D}") Duration keep) {
    return Retention.of(
        jdbc,
        "side_effect_ledger",
        "effect_key",
        "t.created_at < ? and not exists (select 1 from act_ru_execution e"
            + " where e.business_key_ = t.dossier_code)",
        keep);
  }
}
