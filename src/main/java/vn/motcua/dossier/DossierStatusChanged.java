package vn.motcua.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * Published on every status change, for notifications and the national-portal sync, inside the
 * transaction that made the change. {@code changeId} names this change, so that each side effect of
 * it happens once.
 */
public record DossierStatusChanged(
    UUID changeId,
    String dossierCode,
    DossierStatus from,
    DossierStatus to,
    int nationalCode,
    Instant at,
    String note) {

  public static DossierStatusChanged of(
      String dossierCode, DossierStatus from, DossierStatus to, Instant at, String note) {
    return new DossierStatusChanged(
        UUID.randomUUID(), dossierCode, from, to, to.nationalCode(), at, note);
  }
}
