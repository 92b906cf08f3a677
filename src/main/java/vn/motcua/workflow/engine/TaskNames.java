package vn.motcua.workflow.engine;

/**
 * A task's name as an officer reads it in Tasklist: the step, the dossier code and the applicant
 * ("Tiếp nhận hồ sơ 000.00.04.H40-261126-0002 – Nguyễn Văn An"), and the same name as history keeps
 * it, without the applicant (Law 91/2025/QH15: history outlives the task by years).
 */
final class TaskNames {

  /** Between the dossier code and the applicant; nothing else in a task's name carries it. */
  static final String APPLICANT_SEPARATOR = " – ";

  /** The engine's column for a task's name. */
  static final int MAX_LENGTH = 255;

  private TaskNames() {}

  static String forOfficers(String step, String dossierCode, String applicant) {
    String name = step == null || step.isBlank() ? dossierCode : step + " " + dossierCode;
    if (applicant != null && !applicant.isBlank()) {
      name = name + APPLICANT_SEPARATOR + applicant.strip();
    }
    return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
  }

  /**
   * The step and the dossier code: what follows the last separator is the applicant's (a step's
   * name may hold the separator; a person's name does not).
   */
  static String forHistory(String name) {
    if (name == null) {
      return null;
    }
    int applicant = name.lastIndexOf(APPLICANT_SEPARATOR);
    return applicant < 0 ? name : name.substring(0, applicant);
  }
}
