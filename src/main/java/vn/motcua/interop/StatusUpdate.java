package vn.motcua.interop;

import java.time.Instant;

/**
 * A dossier's status as the national portal's sync takes it (CapNhatTrangThai): the code, the
 * national status (1–10), the channel (1 counter, 2 online, 3 post), the procedure and the dates;
 * for a dossier the national portal sent us, its {@code nationalId} too (null for every other).
 */
public record StatusUpdate(
    String dossierCode,
    String procedureCode,
    int nationalStatus,
    int channel,
    Instant receivedAt,
    Instant appointmentAt,
    Instant completedAt,
    Instant changedAt,
    String nationalId) {}
