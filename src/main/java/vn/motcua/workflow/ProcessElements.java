package vn.motcua.workflow;

/**
 * The processes' names as Java refers to them: process keys, message names, error codes, incident
 * types and the element ids that code and tests drive or assert (an id's constant is the id in
 * upper snake case). The BPMN files are the source; a renamed element is renamed here too.
 */
public final class ProcessElements {

  private ProcessElements() {}

  // Process keys
  public static final String BIRTH_REGISTRATION = "birth-registration";
  public static final String JUDICIAL_RECORD_CERTIFICATE = "judicial-record-certificate";
  public static final String DEATH_REGISTRATION = "death-registration";
  public static final String MARITAL_STATUS_CONFIRMATION = "marital-status-confirmation";
  public static final String CIVIL_STATUS_EXTRACT_COPY = "civil-status-extract-copy";
  public static final String CERTIFIED_COPY = "certified-copy";
  public static final String SIGNATURE_AUTHENTICATION = "signature-authentication";
  public static final String PERMANENT_RESIDENCE_REGISTRATION = "permanent-residence-registration";
  public static final String BUSINESS_HOUSEHOLD_REGISTRATION = "business-household-registration";
  public static final String CHILD_HEALTH_INSURANCE_CARD = "child-health-insurance-card";
  public static final String PERMANENT_RESIDENCE_DELETION = "permanent-residence-deletion";
  public static final String FUNERAL_ALLOWANCE = "funeral-allowance";
  public static final String INTERLINKED_BIRTH = "interlinked-birth";
  public static final String INTERLINKED_DEATH = "interlinked-death";
  public static final String RECEPTION = "reception";
  public static final String APPROVAL = "approval";
  public static final String PAYMENT = "payment";
  public static final String DELIVERY = "delivery";
  public static final String STATUS_NOTIFICATION = "status-notification";
  public static final String PAYMENT_RECONCILIATION = "payment-reconciliation";
  public static final String STAGE_DEADLINE = "stage-deadline";
  public static final String APPOINTMENT_WATCH = "appointment-watch";

  // Message names, correlated by business key (the dossier code)
  public static final String SUPPLEMENT_SUBMITTED = "SupplementSubmitted";
  public static final String WITHDRAWAL_REQUESTED = "WithdrawalRequested";
  public static final String PAYMENT_CONFIRMED = "PaymentConfirmed";
  public static final String PARCEL_DELIVERED = "ParcelDelivered";
  public static final String PARCEL_RETURNED = "ParcelReturned";
  public static final String STAGE_ENDED = "StageEnded";
  public static final String DOSSIER_ENDED = "DossierEnded";

  /**
   * The error that hands the channels named in {@code failedChannels} to a step of their own each.
   */
  public static final String CHANNEL_FAILED = "CHANNEL_FAILED";

  /** The incident a payment reconciliation with differences shows in Cockpit. */
  public static final String PAYMENT_RECONCILIATION_INCIDENT = "paymentReconciliation";

  /** The errors by which the shared reception and approval end the procedure that called them. */
  public static final String DOSSIER_REFUSED = "DOSSIER_REFUSED";

  public static final String DOSSIER_REJECTED = "DOSSIER_REJECTED";
  public static final String DOSSIER_RETURNED = "DOSSIER_RETURNED";

  /** The extension property that names a decision task's stage ({@code receive}, …). */
  public static final String STAGE_PROPERTY = "stage";

  // User tasks
  public static final String USER_TASK_APPROVE_DOSSIER = "userTask_approveDossier";
  public static final String USER_TASK_ASSESS_DOSSIER = "userTask_assessDossier";
  public static final String USER_TASK_COLLECT_COUNTER_PAYMENT = "userTask_collectCounterPayment";
  public static final String USER_TASK_HAND_OVER_RESULT = "userTask_handOverResult";
  public static final String USER_TASK_HANDLE_RETURNED_PARCEL = "userTask_handleReturnedParcel";
  public static final String USER_TASK_RECEIVE_DOSSIER = "userTask_receiveDossier";
  public static final String USER_TASK_RESOLVE_DIFFERENCES = "userTask_resolveDifferences";
  public static final String USER_TASK_FOLLOW_UP_OVERDUE = "userTask_followUpOverdue";
  public static final String USER_TASK_DRAFT_APOLOGY = "userTask_draftApology";
  public static final String USER_TASK_APPROVE_APOLOGY = "userTask_approveApology";

  // The deadlines' own elements
  public static final String RECEIVE_TASK_AWAIT_STAGE_END = "receiveTask_awaitStageEnd";
  public static final String TIMER_REMIND_OFFICER = "boundaryEvent_remindOfficer";
  public static final String TIMER_STAGE_OVERDUE = "boundaryEvent_stageOverdue";
  public static final String SERVICE_TASK_REMIND_OFFICER = "serviceTask_remindOfficer";
  public static final String SERVICE_TASK_TELL_LEADER = "serviceTask_tellLeader";
  public static final String END_EVENT_STAGE_ENDED = "endEvent_stageEnded";
  public static final String TIMER_CHECK_APPOINTMENT = "timer_checkAppointment";
  public static final String SERVICE_TASK_CHECK_LATENESS = "serviceTask_checkLateness";
  public static final String SERVICE_TASK_ISSUE_APOLOGY = "serviceTask_issueApology";
  public static final String END_EVENT_WATCH_ENDED = "endEvent_watchEnded";
  public static final String END_EVENT_WATCH_STOPPED = "endEvent_watchStopped";

  // Service tasks
  public static final String SERVICE_TASK_CANCEL_PAYMENT = "serviceTask_cancelPayment";
  public static final String SERVICE_TASK_CONFIRM_PAYMENT = "serviceTask_confirmPayment";
  public static final String SERVICE_TASK_CREATE_SHIPMENT = "serviceTask_createShipment";
  public static final String SERVICE_TASK_NOTIFY_APPLICANT = "serviceTask_notifyApplicant";
  public static final String SERVICE_TASK_PUSH_TO_NATIONAL_PORTAL =
      "serviceTask_pushToNationalPortal";
  public static final String SERVICE_TASK_RECONCILE_PAYMENTS = "serviceTask_reconcilePayments";
  public static final String SERVICE_TASK_RECORD_DELIVERY = "serviceTask_recordDelivery";
  public static final String SERVICE_TASK_REMIND_PAYMENT = "serviceTask_remindPayment";
  public static final String SERVICE_TASK_REQUEST_PAYMENT = "serviceTask_requestPayment";
  public static final String SERVICE_TASK_RESEND_CHANNEL = "serviceTask_resendChannel";
  public static final String SERVICE_TASK_SEND_EMAIL = "serviceTask_sendEmail";
  public static final String SERVICE_TASK_SEND_RESULT_ELECTRONICALLY =
      "serviceTask_sendResultElectronically";
  public static final String SERVICE_TASK_SEND_SMS = "serviceTask_sendSms";

  // Call activities
  public static final String CALL_ACTIVITY_APPROVAL = "callActivity_approval";
  public static final String CALL_ACTIVITY_RECEPTION = "callActivity_reception";
  public static final String CALL_ACTIVITY_DELIVERY = "callActivity_delivery";
  public static final String CALL_ACTIVITY_PAYMENT = "callActivity_payment";

  // Gateways
  public static final String GATEWAY_AWAIT_PARCEL = "gateway_awaitParcel";
  public static final String GATEWAY_AWAIT_PAYMENT = "gateway_awaitPayment";
  public static final String GATEWAY_AWAIT_PAYMENT_AFTER_REMINDER =
      "gateway_awaitPaymentAfterReminder";
  public static final String GATEWAY_FEE_DUE = "gateway_feeDue";

  // Message events
  public static final String MESSAGE_PARCEL_DELIVERED = "message_parcelDelivered";
  public static final String MESSAGE_PARCEL_RETURNED = "message_parcelReturned";
  public static final String MESSAGE_PAYMENT_CONFIRMED = "message_paymentConfirmed";
  public static final String MESSAGE_PAYMENT_CONFIRMED_AFTER_REMINDER =
      "message_paymentConfirmedAfterReminder";
  public static final String MESSAGE_SUPPLEMENT_SUBMITTED = "message_supplementSubmitted";

  // Timer events
  public static final String TIMER_FINAL_PAYMENT_DEADLINE = "timer_finalPaymentDeadline";
  public static final String TIMER_PAYMENT_DEADLINE = "timer_paymentDeadline";

  // Boundary events
  public static final String BOUNDARY_EVENT_DOSSIER_REFUSED = "boundaryEvent_dossierRefused";
  public static final String BOUNDARY_EVENT_DOSSIER_REJECTED = "boundaryEvent_dossierRejected";
  public static final String BOUNDARY_EVENT_DOSSIER_RETURNED = "boundaryEvent_dossierReturned";
  public static final String END_EVENT_APPROVAL_RETURNED = "endEvent_approvalReturned";
  public static final String GATEWAY_TO_ASSESSMENT = "gateway_toAssessment";
  public static final String BOUNDARY_EVENT_PAYMENT_EXPIRED = "boundaryEvent_paymentExpired";

  // End events
  public static final String END_EVENT_APPROVAL_REJECTED = "endEvent_approvalRejected";
  public static final String END_EVENT_DOSSIER_ACCEPTED = "endEvent_dossierAccepted";
  public static final String END_EVENT_RECEPTION_REFUSED = "endEvent_receptionRefused";
  public static final String END_EVENT_RESULT_APPROVED = "endEvent_resultApproved";
  public static final String END_EVENT_DIFFERENCES_RESOLVED = "endEvent_differencesResolved";
  public static final String END_EVENT_DOSSIER_REFUSED = "endEvent_dossierRefused";
  public static final String END_EVENT_DOSSIER_REJECTED = "endEvent_dossierRejected";
  public static final String END_EVENT_DOSSIER_STOPPED = "endEvent_dossierStopped";
  public static final String END_EVENT_DOSSIER_STOPPED_UNPAID = "endEvent_dossierStoppedUnpaid";
  public static final String END_EVENT_DOSSIER_WITHDRAWN = "endEvent_dossierWithdrawn";
  public static final String END_EVENT_GROUP_STOPPED = "endEvent_groupStopped";
  public static final String END_EVENT_EMAIL_SENT = "endEvent_emailSent";
  public static final String END_EVENT_NOTIFIED = "endEvent_notified";
  public static final String END_EVENT_PAYMENT_COMPLETED = "endEvent_paymentCompleted";
  public static final String END_EVENT_PAYMENT_EXPIRED = "endEvent_paymentExpired";
  public static final String END_EVENT_PORTAL_SYNCED = "endEvent_portalSynced";
  public static final String END_EVENT_RECONCILED = "endEvent_reconciled";
  public static final String END_EVENT_RESENT = "endEvent_resent";
  public static final String END_EVENT_RESULT_DELIVERED = "endEvent_resultDelivered";
  public static final String END_EVENT_SMS_SENT = "endEvent_smsSent";
}
