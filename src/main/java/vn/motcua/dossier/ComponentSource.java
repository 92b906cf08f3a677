package vn.motcua.dossier;

/**
 * Where a dossier component came from (once-only: a valid document already held is not asked for
 * again).
 */
public enum ComponentSource {
  /** Uploaded with this dossier. */
  UPLOAD,
  /** Taken from the applicant's e-document repository (kho quản lý dữ liệu điện tử). */
  REPOSITORY,
  /** Looked up in a national or sectoral database instead of being asked for. */
  DATABASE_LOOKUP,
  /** Scanned at the counter by the one-stop officer. */
  COUNTER_SCAN
}
