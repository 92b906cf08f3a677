package vn.motcua.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A rating of the service for one dossier; the answers as JSON (criterion → level). Never updated.
 */
@Entity
@Table(name = "dossier_rating")
class DossierRatingEntity {

  @Id
  @Column(name = "dossier_code")
  private String dossierCode;

  @Column(nullable = false, updatable = false)
  private String account;

  @Column(name = "rated_at", nullable = false, updatable = false)
  private Instant ratedAt;

  @Column(nullable = false, updatable = false)
  private String answers;

  @Column(name = "comment_text", updatable = false)
  private String comment;

  protected DossierRatingEntity() {}

  DossierRatingEntity(
      String dossierCode, String account, Instant ratedAt, String answers, String comment) {
    this.dossierCode = dossierCode;
    this.account = account;
    this.ratedAt = ratedAt;
    this.answers = answers;
    this.comment = comment;
  }

  Instant ratedAt() {
    return ratedAt;
  }

  String answers() {
    return answers;
  }

  String comment() {
    return comment;
  }
}
