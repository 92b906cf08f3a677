package vn.motcua.catalog.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import vn.motcua.catalog.AgencyImport;

/** The audit of one import of the agency tree: who, when, from where, and each change. */
@Entity
@Table(name = "agency_import")
class AgencyImportEntity {

  static final int DETAILS_LENGTH = 4000;

  @Embeddable
  static class Change {

    @Column(name = "agency_id")
    private String agencyId;

    @Column(name = "level_code")
    private String levelCode;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String details;

    protected Change() {}

    Change(String agencyId, String levelCode, String action, String details) {
      this.agencyId = agencyId;
      this.levelCode = levelCode;
      this.action = action;
      this.details =
          details.length() > DETAILS_LENGTH
              ? details.substring(0, DETAILS_LENGTH - 3) + "..."
              : details;
    }

    AgencyImport.Change toChange() {
      return new AgencyImport.Change(agencyId, levelCode, action, details);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String source;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(nullable = false)
  private int added;

  @Column(nullable = false)
  private int changed;

  @Column(nullable = false)
  private int unchanged;

  @ElementCollection
  @BatchSize(size = 50)
  @CollectionTable(name = "agency_change", joinColumns = @JoinColumn(name = "import_id"))
  @OrderColumn(name = "change_no")
  private List<Change> changes = new ArrayList<>();

  protected AgencyImportEntity() {}

  AgencyImportEntity(
      String actor,
      String source,
      Instant importedAt,
      int added,
      int changed,
      int unchanged,
      List<Change> changes) {
    this.actor = actor;
    this.source = source;
    this.importedAt = importedAt;
    this.added = added;
    this.changed = changed;
    this.unchanged = unchanged;
    this.changes.addAll(changes);
  }

  AgencyImport toImport() {
    return new AgencyImport(
        id,
        actor,
        source,
        importedAt,
        added,
        changed,
        unchanged,
        changes.stream().map(Change::toChange).toList());
  }
}
