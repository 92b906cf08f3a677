package vn.motcua.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.LookupCodeRejectedException.Reason;
import vn.motcua.shared.OneTimeCode;

/**
 * A one-time code sent for a look-up by citizen ID: its hash, its expiry, the tries so far, whether
 * it was used.
 */
@Entity
@Table(name = "lookup_request")
class LookupRequestEntity {

  @Id private UUID id;

  /** Cleared when the code is used: the request needs it no longer. */
  @Column(name = "citizen_id")
  private String citizenId;

  @Embedded private OneTimeCode code;

  protected LookupRequestEntity() {}

  LookupRequestEntity(
      UUID id, String citizenId, String codeHash, Instant createdAt, Instant expiresAt) {
    this.id = id;
    this.citizenId = citizenId;
    this.code = new OneTimeCode(codeHash, createdAt, expiresAt);
  }

  /** One try of the code ({@link OneTimeCode#attempt}): empty when accepted, else why not. */
  Optional<Reason> attempt(String candidateHash, Instant now, int maxAttempts) {
    return code.attempt(candidateHash, now, maxAttempts)
        .map(rejection -> Reason.valueOf(rejection.name()));
  }

  /** The citizen ID, once, after the code was accepted. */
  String takeCitizenId() {
    String taken = citizenId;
    citizenId = null;
    return taken;
  }

  UUID id() {
    return id;
  }

  String codeHash() {
    return code.codeHash();
  }

  Instant expiresAt() {
    return code.expiresAt();
  }

  int attempts() {
    return code.attempts();
  }
}
