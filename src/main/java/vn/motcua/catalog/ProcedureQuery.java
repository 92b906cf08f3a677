package vn.motcua.catalog;

/** Filters of the catalogue; a null filter does not filter. */
public record ProcedureQuery(String agencyLevel, String agency, String field, String text) {

  public static ProcedureQuery all() {
    return new ProcedureQuery(null, null, null, null);
  }
}
