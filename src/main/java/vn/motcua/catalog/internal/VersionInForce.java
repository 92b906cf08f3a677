package vn.motcua.catalog.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which of a procedure's deployed versions is in force on a day, and which is next. In force: of
 * the versions whose valid-from has come, the one with the latest valid-from; of two with the same
 * valid-from, the one deployed last. Upcoming: of the versions whose valid-from has not come, the
 * nearest; again the one deployed last on a tie. So redeploying today's rules puts them in force
 * without cancelling a version deployed ahead of its date: that one still comes in on its date. The
 * version number is the order of deployment (each deployment takes the next).
 */
final class VersionInForce {

  /** By valid-from, then by deployment: the greatest is the one in force. */
  private static final Comparator<ProcedureVersionEntity> BY_VALID_FROM_THEN_DEPLOYMENT =
      Comparator.comparing(ProcedureVersionEntity::validFrom)
          .thenComparingInt(ProcedureVersionEntity::version);

  private VersionInForce() {}

  /** The version in force on {@code day}; empty when none has come into force yet. */
  static Optional<ProcedureVersionEntity> on(
      Collection<ProcedureVersionEntity> versions, LocalDate day) {
    return versions.stream()
        .filter(v -> !v.validFrom().isAfter(day))
        .max(BY_VALID_FROM_THEN_DEPLOYMENT);
  }

  /** The nearest version whose valid-from is after {@code day}; empty when none is scheduled. */
  static Optional<ProcedureVersionEntity> upcomingAfter(
      Collection<ProcedureVersionEntity> versions, LocalDate day) {
    return versions.stream()
        .filter(v -> v.validFrom().isAfter(day))
        .min(
            Comparator.comparing(ProcedureVersionEntity::validFrom)
                .thenComparing(
                    ProcedureVersionEntity::version, Comparator.<Integer>reverseOrder()));
  }
}
