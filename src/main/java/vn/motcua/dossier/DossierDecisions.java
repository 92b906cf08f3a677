package vn.motcua.dossier;

import java.time.Instant;

/**
 * The officers' decisions and the system steps that move a dossier on, called from the workflow.
 */
public interface DossierDecisions {

  /** The actor recorded for what the system does by itself (a job, a timer, a callback). */
  String SYSTEM_ACTOR = "he-thong";

  /**
   * Records an officer's decision at a stage, with its reason.
   *
   * @throws InvalidSubmissionException when the decision is unknown or its reason is missing
   */
  void decide(String code, Stage stage, String decision, String reason, String actor);

  /**
   * The stage's deadline: receive by the end of the next working day, assess a day before the
   * appointment, the rest by the appointment.
   */
  Instant dueDate(String code, String stage);

  void paymentRequested(String code, long amount);

  void paymentSettled(String code, String how, String actor);

  void paymentExpired(String code);

  void paymentReminded(String code);

  void resultDispatched(String code, String trackingCode);

  void resultDelivered(String code, String how, String actor);
}
