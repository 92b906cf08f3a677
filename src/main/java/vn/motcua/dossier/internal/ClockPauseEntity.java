package vn.motcua.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A time the dossier's clock stood still: waiting for a supplement or for a financial obligation.
 */
@Entity
@Table(name = "dossier_clock_pause")
class ClockPauseEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String reason;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected ClockPauseEntity() {}

  ClockPauseEntity(String reason, Instant startedAt) {
    this.reason = reason;
    this.startedAt = startedAt;
  }

  boolean isOpen() {
    return endedAt == null;
  }

  void end(Instant at) {
    this.endedAt = at;
  }

  Instant startedAt() {
    return startedAt;
  }

  Instant endedAt() {
    return endedAt;
  }
}
