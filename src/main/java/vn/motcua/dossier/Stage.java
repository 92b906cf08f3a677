package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A stage of an officer's work on a dossier, as the process models it: its key (which names the
 * form's variables {@code <key>Decision} and {@code <key>Reason}), its name (the task's), and the
 * decisions it offers, each with the status it leads to and whether it needs a reason. Stages are
 * data: an analyst declares them on a user task (see {@code docs/procedures.md}), so a procedure
 * with a second assessment, or a step at another agency, needs no Java.
 *
 * @param key the stage's key, a lower camel case word ({@code receive}, {@code verifyResidence})
 * @param name the task's name, for the timeline of a decision that keeps the status
 */
public record Stage(String key, String name, List<Decision> decisions) {

  /** What a stage's key must look like: it becomes part of process variable names. */
  public static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

  /**
   * A decision of a stage.
   *
   * @param value what the form's decision field holds ({@code accept})
   * @param leadsTo the status it moves the dossier to; empty: the dossier stays as it is, and the
   *     step is recorded on its timeline
   * @param reasonRequired whether the officer must write the reason
   * @param verifies whether the decision starts a verification (xác minh): the dossier stays as it
   *     is, its time limit becomes the procedure's limit with verification, and the task comes back
   *     to the officer when the process loops to it
   * @param move whether the decision sends the dossier back to the previous stage or to another
   *     agency rather than on ({@link Move#NONE} for the others)
   */
  public record Decision(
      String value,
      Optional<DossierStatus> leadsTo,
      boolean reasonRequired,
      boolean verifies,
      Move move) {

    public Decision(
        String value, Optional<DossierStatus> leadsTo, boolean reasonRequired, boolean verifies) {
      this(value, leadsTo, reasonRequired, verifies, Move.NONE);
    }

    public static Decision to(String value, DossierStatus status, boolean reasonRequired) {
      return new Decision(value, Optional.of(status), reasonRequired, false);
    }

    public static Decision staying(String value, boolean reasonRequired) {
      return new Decision(value, Optional.empty(), reasonRequired, false);
    }

    /** A verification: always with its reason (what must be verified, told to the applicant). */
    public static Decision verifying(String value) {
      return new Decision(value, Optional.empty(), true, true);
    }

    /**
     * The dossier goes back to the stage before (the leader to the specialist): always with its
     * reason, which the officer it goes back to reads on the timeline.
     */
    public static Decision returning(String value) {
      return new Decision(value, Optional.empty(), true, false, Move.RETURN);
    }

    /**
     * The dossier goes to another agency, which resolves it from then on: always with the reason
     * and the agency chosen.
     */
    public static Decision transferring(String value) {
      return new Decision(value, Optional.empty(), true, false, Move.TRANSFER);
    }

    public boolean returns() {
      return move == Move.RETURN;
    }

    public boolean transfers() {
      return move == Move.TRANSFER;
    }
  }

  /** Where a decision sends the dossier besides on through the process. */
  public enum Move {
    NONE,
    /** Back to the previous stage of the same agency. */
    RETURN,
    /** To another agency, which resolves it from then on. */
    TRANSFER
  }

  /** The statuses an officer's decision may lead to; the others only the system sets. */
  public static final Set<DossierStatus> DECIDABLE =
      Set.of(
          DossierStatus.RECEIVED,
          DossierStatus.SUPPLEMENT_REQUESTED,
          DossierStatus.REFUSED,
          DossierStatus.IN_APPROVAL,
          DossierStatus.STOPPED,
          DossierStatus.RESULT_READY,
          DossierStatus.REJECTED);

  /**
   * The stages of the shared lifecycle as the first process versions modelled them, by their key
   * alone: a task that names its stage but declares no decisions gets these (running dossiers of
   * older definitions finish on them).
   */
  public static final Stage RECEIVE =
      new Stage(
          "receive",
          null,
          List.of(
              Decision.to("accept", DossierStatus.RECEIVED, false),
              Decision.to("supplement", DossierStatus.SUPPLEMENT_REQUESTED, true),
              Decision.to("refuse", DossierStatus.REFUSED, true)));

  public static final Stage ASSESS =
      new Stage(
          "assess",
          null,
          List.of(
              Decision.to("propose", DossierStatus.IN_APPROVAL, false),
              Decision.to("stop", DossierStatus.STOPPED, true)));

  public static final Stage APPROVE =
      new Stage(
          "approve",
          null,
          List.of(
              Decision.to("approve", DossierStatus.RESULT_READY, false),
              Decision.to("reject", DossierStatus.REJECTED, true)));

  public Stage {
    decisions = List.copyOf(decisions);
  }

  /** The standard stage of that key, for tasks that declare no decisions of their own. */
  public static Optional<Stage> standard(String key) {
    return Optional.ofNullable(
        switch (key) {
          case "receive" -> RECEIVE;
          case "assess" -> ASSESS;
          case "approve" -> APPROVE;
          default -> null;
        });
  }

  /** This stage under the task's name, for its timeline. */
  public Stage named(String taskName) {
    return new Stage(key, taskName, decisions);
  }

  public Optional<Decision> decision(String value) {
    return decisions.stream().filter(d -> d.value().equals(value)).findFirst();
  }

  public String decisionValues() {
    return decisions.stream().map(Decision::value).collect(Collectors.joining(", "));
  }

  /** The process variable names the forms use: {@code receiveDecision}, {@code receiveReason}. */
  public String decisionVariable() {
    return key + "Decision";
  }

  public String reasonVariable() {
    return key + "Reason";
  }

  /** The variable of the agency a transfer sends the dossier to: {@code assessTransferTo}. */
  public String transferVariable() {
    return key + "TransferTo";
  }

  /** The agencies a transfer may choose from, as the form's select reads them. */
  public String transferChoicesVariable() {
    return key + "TransferChoices";
  }
}
