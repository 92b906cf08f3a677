package vn.motcua.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One import of an agency tree, as the audit keeps it: who, when, from where, how many agencies
 * were added, changed or left as they were, and what changed in each (levels too).
 */
public record AgencyImport(
    long id,
    String actor,
    String source,
    Instant importedAt,
    int added,
    int changed,
    int unchanged,
    List<Change> changes) {

  /**
   * What one import did to one agency ({@code agency}) or level ({@code level}): {@code ADDED} or
   * {@code CHANGED}, and the fields with their old and new values.
   */
  public record Change(String agency, String level, String action, String details) {}
}
