package vn.motcua.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A document in an owner's repository; its bytes are addressed by their SHA-256. */
public record StoredDocument(
    UUID id,
    String owner,
    String type,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    LocalDate validUntil,
    Instant createdAt) {

  /**
   * Whether its validity has ended before {@code date} (a document without an end date never
   * expires).
   */
  public boolean expiredOn(LocalDate date) {
    return validUntil != null && validUntil.isBefore(date);
  }
}
