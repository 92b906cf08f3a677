package vn.motcua.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.LookupCodeRejectedException.Reason;

/** A one-time code sent for a look-up by citizen ID: its hash, its expiry, the tries so far, whether it was used. */
@Entity
@Table(name = "lookup_request")
class LookupRequestEntity {

  @Id
  private UUID id;

  /** Cleared when the code is used: the request needs it no longer. */
  @Column(name = "citizen_id")
  private String citizenId;

  @Column(name = "code_hash", nullable = false, updatable = false)
  private String codeHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "used_at")
  private Instant usedAt;

  protected LookupRequestEntity() {}

  LookupRequestEntity(UUID id, String citizenId, String codeHash, Instant createdAt, Instant expiresAt) {
    this.id = id;
    this.citizenId = citizenId;
    this.codeHash = codeHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /**
   * One try of a code, given as its hash. Every try of a live code counts, the right one included,
   * so at most {@code maxAttempts} guesses reach the comparison; the right code is then spent.
   *
   * @return empty when accepted, else why not
   */
  Optional<Reason> attempt(String candidateHash, Instant now, int maxAttempts) {
    if (usedAt != null) {
      return Optional.of(Reason.USED);
    }
    if (!now.isBefore(expiresAt)) {
      return Optional.of(Reason.EXPIRED);
    }
    if (attempts >= maxAttempts) {
      return Optional.of(Reason.TOO_MANY_ATTEMPTS);
    }
    attempts++;
    if (!OneTimeCodes.same(codeHash, candidateHash)) {
      return Optional.of(Reason.WRONG);
    }
    usedAt = now;
    return Optional.empty();
  }

  /** The citizen ID, once, after the code was accepted. */
  String takeCitizenId() {
    String taken = citizenId;
    citizenId = null;
    return taken;
  }

  UUID id() { return id; }
  String codeHash() { return codeHash; }
  Instant expiresAt() { return expiresAt; }
  int attempts() { return attempts; }
}
