package vn.motcua.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.document.StoredDocument;

@Entity
@Table(name = "stored_document")
class DocumentEntity {

  @Id private UUID id;

  @Column(nullable = false)
  private String owner;

  @Column(name = "document_type", nullable = false)
  private String type;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * When the owner removed it from the repository while a dossier still pointed at it; null while
   * it is listed.
   */
  @Column(name = "removed_at")
  private Instant removedAt;

  protected DocumentEntity() {}

  DocumentEntity(
      String owner,
      String type,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      LocalDate validUntil,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.owner = owner;
    this.type = type;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.validUntil = validUntil;
    this.createdAt = createdAt;
  }

  UUID id() {
    return id;
  }

  String sha256() {
    return sha256;
  }

  void validUntil(LocalDate date) {
    this.validUntil = date;
  }

  void remove(Instant at) {
    this.removedAt = at;
  }

  StoredDocument toView() {
    return new StoredDocument(
        id, owner, type, fileName, mediaType, size, sha256, validUntil, createdAt);
  }
}
