package vn.motcua.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of one table that have served their purpose and are deleted on a schedule
 * (docs/operations.md, "Retention"): each module that owns such a table declares one, with its
 * retention from {@code motcua.retention.*}; the system module's {@code RetentionSchedule} runs
 * them all every night.
 *
 * <p>A purge deletes at most one batch per call, in a statement of its own (its own transaction),
 * so it holds no lock for long; deleting what is already gone deletes nothing, so two nodes running
 * it at once only share the work.
 */
public interface Retention {

  /** The table, as the operators' report names it. */
  String table();

  /** How long a row is kept once it no longer serves. */
  Duration keep();

  /** Deletes up to {@code batchSize} rows past their retention at {@code now}; answers how many. */
  int purge(Instant now, int batchSize);

  /**
   * A retention whose rows are those of {@code table} matching {@code where}, a condition on the
   * table (alias {@code t}) with one parameter: the cut-off ({@code now - keep}). Rows are deleted
   * by their key ({@code key}: one column, or a parenthesised list of them).
   */
  static Retention of(JdbcTemplate jdbc, String table, String key, String where, Duration keep) {
    String sql =
        "delete from "
            + table
            + " where "
            + key
            + " in (select "
            + key.replace("(", "").replace(")", "").replaceAll("(\\w+)", "t.$1")
            + " from "
            + table
            + " t where "
            + where
            + " fetch first ? rows only)";
    return new Retention() {
      @Override
      public String table() {
        return table;
      }

      @Override
      public Duration keep() {
        return keep;
      }

      @Override
      public int purge(Instant now, int batchSize) {
        return jdbc.update(sql, now.minus(keep).atOffset(ZoneOffset.UTC), batchSize);
      }
    };
  }
}
