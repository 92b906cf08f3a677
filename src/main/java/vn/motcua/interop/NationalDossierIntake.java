package vn.motcua.interop;

import java.time.Instant;
import java.util.List;
import vn.motcua.catalog.FieldError;

/**
 * Where dossiers from the national portal become ours: the dossier module takes them through the
 * citizens' submission path. A port, so that this module knows dossiers only as the portal does.
 */
public interface NationalDossierIntake {

  /**
   * Creates the dossier, or answers the one the same national id created before ({@code replayed}),
   * without a second notification.
   *
   * @throws NationalDossierRefusedException with every problem, when nothing was saved
   */
  Receipt receive(NationalDossier dossier);

  /** Every problem {@link #receive} would refuse the dossier for; nothing is saved. */
  List<FieldError> problems(NationalDossier dossier);

  /** What the portal learns of the dossier: our code, status and appointment. */
  record Receipt(
      String nationalId,
      String code,
      String status,
      String statusLabel,
      int nationalStatus,
      Instant submittedAt,
      Instant appointmentAt,
      long feeAmount,
      boolean replayed) {}
}
