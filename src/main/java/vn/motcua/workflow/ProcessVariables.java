package vn.motcua.workflow;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.ProcedureEngine;

/**
 * The processes' variable names as Java refers to them, and how delegates read them and who is
 * acting. The dossier module starts a procedure with the first group, which its port {@link
 * ProcedureEngine} defines; officers' decisions are named by {@link vn.motcua.dossier.Stage}.
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  // What a procedure starts with, named by the dossier module's port; payment and delivery get the
  // ones they read by camunda:in
  public static final String DOSSIER_CODE = ProcedureEngine.DOSSIER_CODE;
  public static final String PROCEDURE_CODE = ProcedureEngine.PROCEDURE_CODE;
  public static final String LEVEL = ProcedureEngine.LEVEL;
  public static final String RECEIVING_UNIT = ProcedureEngine.RECEIVING_UNIT;
  public static final String RESOLVING_AGENCY = ProcedureEngine.RESOLVING_AGENCY;
  public static final String FEE_AMOUNT = ProcedureEngine.FEE_AMOUNT;
  public static final String DELIVERY_METHOD = ProcedureEngine.DELIVERY_METHOD;

  // Officers' decisions (Stage.decisionVariable() and reasonVariable())
  public static final String RECEIVE_DECISION = "receiveDecision";
  public static final String RECEIVE_REASON = "receiveReason";
  public static final String ASSESS_DECISION = "assessDecision";
  public static final String ASSESS_REASON = "assessReason";
  public static final String APPROVE_DECISION = "approveDecision";
  public static final String APPROVE_REASON = "approveReason";

  // Payment and delivery tasks
  public static final String RECEIPT_NUMBER = "receiptNumber";
  public static final String RESULT_HANDED_OVER = "resultHandedOver";
  public static final String RECIPIENT_NAME = "recipientName";
  public static final String RECIPIENT_KIND = "recipientKind";
  public static final String RECIPIENT_ID_NUMBER = "recipientIdNumber";
  public static final String AUTHORISATION_NUMBER = "authorisationNumber";
  public static final String AUTHORISATION_DATE = "authorisationDate";
  public static final String AUTHORISATION_CHECKED = "authorisationChecked";

  /**
   * Who received a result at the counter: recorded on the dossier (ID masked), then removed from
   * the process and kept out of its history.
   */
  public static final List<String> RECIPIENT_DATA =
      List.of(
          RECIPIENT_NAME,
          RECIPIENT_ID_NUMBER,
          AUTHORISATION_NUMBER,
          AUTHORISATION_DATE,
          AUTHORISATION_CHECKED);

  public static final String RETURN_NOTE = "returnNote";

  // Status notification: the change's id; the first version's facts; the channels to send again
  public static final String CHANGE_ID = "changeId";
  public static final String STATUS = "status";
  public static final String CHANGED_AT = "changedAt";
  public static final String NOTE = "note";
  public static final String FAILED_CHANNELS = "failedChannels";
  public static final String CHANNEL = "channel";

  // Deadlines: a stage's watch (stage-deadline) and the dossier's (appointment-watch)
  public static final String STAGE_TASK_ID = "stageTaskId";
  public static final String STAGE_NAME = "stageName";
  public static final String STAGE_GROUP = "stageGroup";
  public static final String AGENCY = "agency";
  public static final String DUE_AT = "dueAt";
  public static final String REMIND_AT = "remindAt";
  public static final String DEADLINE_WATCH = "deadlineWatch";
  public static final String DUE_AT_TEXT = "dueAtText";
  public static final String FOLLOW_UP_INSTRUCTION = "followUpInstruction";
  public static final String LATENESS = "lateness";
  public static final String DRAFTING_GROUP = "draftingGroup";
  public static final String NEW_APPOINTMENT = "newAppointment";
  public static final String NEW_APPOINTMENT_TEXT = "newAppointmentText";
  public static final String APOLOGY_REASON = "apologyReason";
  public static final String APOLOGY_DECISION = "apologyDecision";
  public static final String APOLOGY_RETURN_REASON = "apologyReturnReason";
  public static final String APOLOGY_APPROVED_BY = "apologyApprovedBy";

  // Payment reconciliation
  public static final String RECONCILIATION_DAY = "reconciliationDay";
  public static final String DIFFERENCE_COUNT = "differenceCount";
  public static final String DIFFERENCES = "differences";

  /** The dossier on a task, as markdown: task-local and kept out of history. */
  public static final String DOSSIER_SUMMARY = "dossierSummary";

  /** Who acts when a job runs. */
  public static final String SYSTEM_ACTOR = DossierDecisions.SYSTEM_ACTOR;

  public static String dossierCode(VariableScope scope) {
    return (String) scope.getVariable(DOSSIER_CODE);
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** The Camunda user completing the task; the system when a job runs. */
  public static String actor() {
    var commandContext = Context.getCommandContext();
    String user = commandContext == null ? null : commandContext.getAuthenticatedUserId();
    return user == null ? SYSTEM_ACTOR : user;
  }
}
