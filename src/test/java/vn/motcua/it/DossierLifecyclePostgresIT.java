package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lifecycle on a real PostgreSQL 17 (io.zonky embedded, no install), with the production
 * profile's settings: Flyway migrations, the engine's postgres schema, READ COMMITTED.
 * DirtiesContext closes the application before the database (STACK.md trap 11).
 */
@PostgresTest
class DossierLifecyclePostgresIT extends DossierLifecycleScenarios {

  static final EmbeddedPostgres POSTGRES = EmbeddedPostgresql.start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresql.register(registry, POSTGRES);
  }

  @Autowired JdbcTemplate jdbc;

  /**
   * What the officers' task queries need beside Camunda's schema (workflow.engine.TaskQuerySchema):
   * the due-date index the filters sort by, the index a desk's counts read the tasks from (their
   * tenant, assignee, suspension state and id: Tasklist asks for active tasks only) with the task
   * table vacuumed often enough for it, and the statistics that tell PostgreSQL nearly every grant
   * passes the permission check, analysed so the planner uses them from the start.
   */
  @Test
  void theEngineSchema_hasTheTaskQueriesIndexesAndAnalysedPermissionStatistics() {
    assertThat(
            jdbc.queryForObject(
                "select count(*) from pg_indexes where indexname = 'mc_idx_task_due_date'",
                Integer.class))
        .isOne();
    assertThat(
            jdbc.queryForObject(
                "select indexdef from pg_indexes where indexname = 'mc_idx_task_counts'",
                String.class))
        .endsWith("(tenant_id_, assignee_, suspension_state_, id_)");
    assertThat(
            jdbc.queryForObject(
                "select indexdef from pg_indexes where indexname = 'mc_idx_identitylink_group_task'",
                String.class))
        .endsWith("(group_id_, type_, task_id_)");
    for (String table : List.of("act_ru_task", "act_ru_identitylink")) {
      assertThat(
              jdbc.queryForList(
                  "select unnest(reloptions) from pg_class where relname = ?", String.class, table))
          .as(table)
          .containsExactlyInAnyOrder(
              "autovacuum_vacuum_scale_factor=0.02", "autovacuum_vacuum_insert_scale_factor=0.02");
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from pg_stats_ext_exprs where statistics_name = 'mc_stat_auth_perms'",
                Integer.class))
        .as("one row per expression, once analysed")
        .isEqualTo(2);
  }
}
