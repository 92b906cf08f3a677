package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What happens when a dossier runs late (Decree 118/2025, art. 19; Circular 03/2025, template 04):
 * an overdue stage goes on the timeline for the leader who was told; a dossier that will miss its
 * appointment gets an apology with a new appointment, drafted by the agency that holds it and
 * approved by its leader, sent to the applicant with the slip.
 */
public interface DossierDeadlines {

  /** Whether a dossier will miss its appointment, asked when {@link #apologyCheckAt} comes. */
  enum Lateness {
    /** Still in an officer's hands when it should be resolved: an apology is due. */
    LATE,
    /** Not late yet (or its clock stands still): ask again at {@link #apologyCheckAt}. */
    ON_TIME,
    /** Resolved or ended: nothing to watch any more. */
    DONE
  }

  /**
   * An apology: the new appointment it promises and why.
   *
   * @param changeId the timeline entry that told the applicant, which issues slip 04; null, with
   *     {@code approvedBy} and {@code approvedAt}, for a draft
   */
  record Apology(
      String changeId,
      Instant previousAppointment,
      LocalDate newAppointment,
      String reason,
      String draftedBy,
      String approvedBy,
      Instant approvedAt) {}

  /**
   * When to ask whether the dossier will miss its appointment: when the officers' stages should all
   * be done (their shares of the time limit; 90 % where the procedure gives none), moved with the
   * appointment.
   */
  Instant apologyCheckAt(String code);

  Lateness lateness(String code);

  /**
   * Records on the timeline that a stage ran past its due date and its agency's leader was told;
   * the applicant is not told (the apology is what tells them).
   */
  void stageOverdue(String code, String stageName, Instant due, String agency);

  /** Records on the timeline what the leader told the late stage's officers to do. */
  void followedUp(String code, String stageName, String instruction, String leader);

  /**
   * Records the apology the agency drafts (a new draft replaces one not approved yet): a new
   * appointment after the current one, on a working day, and the reason for the delay.
   *
   * @throws InvalidSubmissionException naming the fields {@code newAppointment} and {@code
   *     apologyReason}
   */
  void draftApology(String code, LocalDate newAppointment, String reason, String draftedBy);

  /**
   * Issues the drafted apology as the leader approved it: the appointment moves to the end of
   * office hours of its day, the timeline says why, and the applicant is told with slip 04
   * attached. With no draft pending (a job that runs twice) nothing changes.
   */
  void apologise(String code, String approvedBy);

  /** The apology drafted and not approved yet: what the leader is asked to sign. */
  Optional<Apology> pendingApology(String code);

  /** The apology a timeline entry told the applicant of. */
  Optional<Apology> apology(String code, String changeId);

  /** The latest apology of the dossier. */
  Optional<Apology> latestApology(String code);
}
