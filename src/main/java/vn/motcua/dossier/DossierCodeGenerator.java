package vn.motcua.dossier;

import java.time.LocalDate;

/**
 * Makes dossier codes. The default follows Circular 01/2018/TT-VPCP art. 19 ({@code <unit
 * code>-YYMMDD-XXXX}); Circular 03/2025/TT-VPCP re-regulates it, and a province that needs the new
 * structure supplies another bean of this type.
 */
public interface DossierCodeGenerator {

  /**
   * The next code of {@code unitCode} for {@code receptionDay}; unique across nodes, guaranteed by
   * the database.
   */
  String next(String unitCode, LocalDate receptionDay);

  /**
   * Whether {@code code} has the structure of a dossier code (letters in either case), without
   * asking whether such a dossier exists. A generator of a new structure should still accept the
   * codes of the one it replaces: their receipts are in citizens' hands.
   */
  boolean isWellFormed(String code);
}
