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

  /** The citizen supplemented: the dossier goes back to reception. */
  void supplementSubmitted(String dossierCode);

  /** The citizen withdrew: the process ends. */
  void withdrawalRequested(String dossierCode);
}
