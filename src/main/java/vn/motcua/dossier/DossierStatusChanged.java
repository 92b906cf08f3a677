package vn.motcua.dossier;

import java.time.Instant;

/** Published on every status change, for notifications and the national-portal sync. */
public record DossierStatusChanged(String dossierCode, DossierStatus from, DossierStatus to, int nationalCode,
                                   Instant at, String note) {}
