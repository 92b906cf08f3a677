package vn.motcua.dossier;

import java.time.Instant;
import java.util.Map;

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
   * The agencies the dossier may be transferred to from the agency resolving it now, by id with
   * their names, nearest first: the agency above it, the police serving its area, then every other
   * agency of the province with specialists.
   */
  Map<String, String> transferTargets(String code);

  /**
   * Transfers the dossier at a stage to another agency, which resolves it from then on; the
   * timeline says from where to where and why.
   *
   * @throws InvalidSubmissionException when the reason is missing or the agency is not one of
   *     {@link #transferTargets}
   */
  void transfer(String code, Stage stage, String toAgency, String reason, String actor);

  /**
   * Records on the timeline that a task of the dossier went from one officer to another of the same
   * agency ({@code from} null: the task was not anyone's yet).
   */
  void reassigned(String code, String taskName, String from, String to, String actor);

  /**
   * Records an officer's decision on a part of an interlinked group, with the part's result: done,
   * the next part starts (or, after the last one, the group's result is ready); refused, the parts
   * after it are cancelled with the reason and the group ends. {@code values} are the task's
   * variables, from which the part's result fields are taken.
   *
   * @throws InvalidSubmissionException when the decision is unknown or its reason is missing
   * @throws DossierStateException when the part is not the one in progress
   */
  void decidePart(
      String code,
      PartStage stage,
      String decision,
      String reason,
      Map<String, Object> values,
      String actor);

  /**
   * The stage's deadline: receive by the end of the next working day, assess a day before the
   * appointment, a part of a group (its key) by its own due date, the rest by the appointment.
   */
  Instant dueDate(String code, String stage);

  void paymentRequested(String code, long amount);

  void paymentSettled(String code, String how, String actor);

  void paymentExpired(String code);

  void paymentReminded(String code);

  void resultDispatched(String code, String trackingCode);

  void resultDelivered(String code, String how, String actor);
}
