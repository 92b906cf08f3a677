package vn.motcua.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One reading of a dossier by an officer: who, when, what (the dossier page or a document). */
@Entity
@Table(name = "officer_access")
class OfficerAccessEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String officer;

  @Column(name = "dossier_code", nullable = false)
  private String dossierCode;

  @Column(nullable = false)
  private String what;

  @Column(name = "document_id")
  private UUID documentId;

  protected OfficerAccessEntity() {}

  OfficerAccessEntity(
      Instant at, String officer, String dossierCode, String what, UUID documentId) {
    this.at = at;
    this.officer = officer;
    this.dossierCode = dossierCode;
    this.what = what;
    this.documentId = documentId;
  }
}
