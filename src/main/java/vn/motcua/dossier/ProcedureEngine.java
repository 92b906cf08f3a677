package vn.motcua.dossier;

import java.util.Map;

/**
 * The workflow engine as the dossier module needs it. Implemented by the workflow module; every
 * call joins the caller's transaction, so a dossier row and its process state commit together.
 */
public interface ProcedureEngine {

  // The variables a procedure's process starts with: the engine adds the dossier code to the ones
  // the dossier module hands to start(...)
  String DOSSIER_CODE = "dossierCode";
  String PROCEDURE_CODE = "procedureCode";
  String LEVEL = "level";
  String RECEIVING_UNIT = "receivingUnit";
  String RESOLVING_AGENCY = "resolvingAgency";
  String FEE_AMOUNT = "feeAmount";
  String DELIVERY_METHOD = "deliveryMethod";

  /**
   * Starts the procedure's process (the given definition) for a dossier; answers the process
   * instance id.
   */
  String start(String processDefinitionId, String dossierCode, Map<String, Object> variables);

  /**
   * The one-stop officer who took the dossier at the counter receives it: the dossier's reception
   * task is completed by {@code officer}, decision accept, as if done in Tasklist (the engine's
   * authorizations apply: the officer must be a candidate). Does nothing when the dossier has no
   * open reception task (a repeated request).
   */
  void receivedAtCounter(String dossierCode, String officer);

  /** The citizen supplemented: the dossier goes back to reception. */
  void supplementSubmitted(String dossierCode);

  /** The citizen withdrew: the process ends. */
  void withdrawalRequested(String dossierCode);
}
