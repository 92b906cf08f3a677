package vn.motcua.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * An idempotency key an applicant used, and the dossier it created. The primary key makes a
 * concurrent repeat (a double click) fail in the database instead of creating a second dossier.
 */
@Entity
@Table(name = "submission_request")
class SubmissionRequestEntity implements Persistable<SubmissionRequestEntity.Key> {

  @Embeddable
  record Key(
      @Column(name = "applicant_account") String applicant,
      @Column(name = "idempotency_key") String key)
      implements Serializable {}

  @EmbeddedId private Key id;

  @Column(name = "dossier_code", nullable = false)
  private String dossierCode;

  @Column(name = "request_hash", nullable = false)
  private String requestHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Always inserted, never merged: a concurrent repeat must hit the primary key, not overwrite the
   * row.
   */
  @Transient private boolean isNew = true;

  protected SubmissionRequestEntity() {}

  @PostLoad
  @PostPersist
  void markStored() {
    isNew = false;
  }

  @Override
  public Key getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  SubmissionRequestEntity(
      String applicant, String key, String dossierCode, String requestHash, Instant createdAt) {
    this.id = new Key(applicant, key);
    this.dossierCode = dossierCode;
    this.requestHash = requestHash;
    this.createdAt = createdAt;
  }

  String dossierCode() {
    return dossierCode;
  }

  String requestHash() {
    return requestHash;
  }
}
