package vn.motcua.notification;

import java.time.Instant;

/**
 * A dossier's status change as its notifications tell it: the change (its id keys each channel's
 * message, once), the status with its label and its national code, the dossier's channel as the
 * national portal counts it, its dates, and the applicant's name and contacts; {@code nationalId}
 * for a dossier the national portal sent us.
 */
public record StatusChange(
    String id,
    String dossierCode,
    String procedureCode,
    String procedureName,
    String applicantName,
    String applicantEmail,
    String applicantPhone,
    String status,
    String statusLabel,
    int nationalStatus,
    int nationalChannel,
    Instant receivedAt,
    Instant appointmentAt,
    Instant completedAt,
    Instant changedAt,
    String note,
    String nationalId,
    boolean notice) {}
