package vn.motcua.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Bytes whose last listed document was erased: {@link ContentSweeper} deletes them later if nothing
 * points at them any more.
 */
@Entity
@Table(name = "content_release")
class ContentReleaseEntity {

  @Id private String sha256;

  @Column(name = "released_at", nullable = false)
  private Instant releasedAt;

  protected ContentReleaseEntity() {}

  ContentReleaseEntity(String sha256, Instant releasedAt) {
    this.sha256 = sha256;
    this.releasedAt = releasedAt;
  }

  String sha256() {
    return sha256;
  }
}
