package vn.motcua.applicant.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.applicant.ProfileAuditEntry;

/**
 * A change of an identifying field of an account (name, citizen ID, date of birth). Never updated.
 */
@Entity
@Table(name = "applicant_audit")
class ApplicantAuditEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String field;

  @Column(name = "old_value", updatable = false)
  private String oldValue;

  @Column(name = "new_value", updatable = false)
  private String newValue;

  protected ApplicantAuditEntity() {}

  ApplicantAuditEntity(
      String username, Instant at, String actor, String field, String oldValue, String newValue) {
    this.username = username;
    this.at = at;
    this.actor = actor;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
  }

  ProfileAuditEntry toEntry() {
    return new ProfileAuditEntry(at, actor, field, oldValue, newValue);
  }
}
