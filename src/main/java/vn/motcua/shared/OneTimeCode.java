package vn.motcua.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * A one-time code as a row keeps it ({@code code_hash}, {@code created_at}, {@code expires_at},
 * {@code attempts}, {@code used_at}): only its keyed hash ({@link OneTimeCodes#hash}), its expiry,
 * the tries so far and whether it was used. Embedded by the look-up requests, the account codes and
 * the declaration signatures, so that the rules of a try are written once.
 */
@Embeddable
public class OneTimeCode {

  /** Why a try was refused. */
  public enum Rejection {
    WRONG,
    EXPIRED,
    USED,
    TOO_MANY_ATTEMPTS
  }

  @Column(name = "code_hash", nullable = false, updatable = false)
  private String codeHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "used_at")
  private Instant usedAt;

  protected OneTimeCode() {}

  public OneTimeCode(String codeHash, Instant createdAt, Instant expiresAt) {
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
  public Optional<Rejection> attempt(String candidateHash, Instant now, int maxAttempts) {
    if (usedAt != null) {
      return Optional.of(Rejection.USED);
    }
    if (!now.isBefore(expiresAt)) {
      return Optional.of(Rejection.EXPIRED);
    }
    if (attempts >= maxAttempts) {
      return Optional.of(Rejection.TOO_MANY_ATTEMPTS);
    }
    attempts++;
    if (!OneTimeCodes.same(codeHash, candidateHash)) {
      return Optional.of(Rejection.WRONG);
    }
    usedAt = now;
    return Optional.empty();
  }

  public String codeHash() {
    return codeHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public int attempts() {
    return attempts;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
