package vn.motcua.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.dossier.ComponentSource;
import vn.motcua.dossier.DossierView;

/**
 * A document of the dossier (thành phần hồ sơ), with where it came from and until when it is valid.
 */
@Entity
@Table(name = "dossier_component")
class DossierComponentEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "requirement_code", nullable = false)
  private String requirementCode;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComponentSource source;

  @Column(name = "document_id")
  private UUID documentId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  private String sha256;

  /**
   * What the document was taken from beyond the file: for a database look-up, the key it was looked
   * up by.
   */
  @Column(length = 255)
  private String reference;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected DossierComponentEntity() {}

  DossierComponentEntity(
      String requirementCode,
      String name,
      ComponentSource source,
      UUID documentId,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      String reference,
      LocalDate validUntil,
      Instant addedAt) {
    this.requirementCode = requirementCode;
    this.name = name;
    this.source = source;
    this.documentId = documentId;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.reference = reference;
    this.validUntil = validUntil;
    this.addedAt = addedAt;
  }

  String requirementCode() {
    return requirementCode;
  }

  DossierView.Component toView() {
    return new DossierView.Component(
        requirementCode,
        name,
        source,
        documentId,
        fileName,
        mediaType,
        size,
        sha256,
        reference,
        validUntil,
        addedAt);
  }
}
