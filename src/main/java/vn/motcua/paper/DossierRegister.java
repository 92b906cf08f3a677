package vn.motcua.paper;

import java.time.LocalDate;

/**
 * The dossier register (sổ theo dõi hồ sơ, template 07 of Circular 03/2025/TT-VPCP) of an agency:
 * the dossiers it received, or resolves, between two days (inclusive), one row each, as CSV and as
 * an Excel workbook.
 */
public interface DossierRegister {

  /** The longest period one register covers, in days. */
  int MAX_DAYS = 366;

  /** UTF-8 with a byte-order mark (so Excel reads the diacritics), comma-separated, RFC 4180. */
  byte[] csv(String agencyId, LocalDate from, LocalDate to);

  /** An .xlsx workbook with one sheet, its title and columns as the template lays them out. */
  byte[] xlsx(String agencyId, LocalDate from, LocalDate to);
}
