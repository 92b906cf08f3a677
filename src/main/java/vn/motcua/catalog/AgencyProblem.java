package vn.motcua.catalog;

import java.util.List;

/**
 * One thing wrong with an agency tree: the agency ({@code agency}, its id, or {@code #n} for the
 * n-th entry of the file when it has none) or the level ({@code level}) it is about, the field, a
 * message code from the bundles ({@code agencies.problem.*}) and its arguments.
 */
public record AgencyProblem(
    String agency, String level, String field, String code, List<Object> args) {

  public static AgencyProblem ofAgency(String agency, String field, String code, Object... args) {
    return new AgencyProblem(agency, null, field, code, List.of(args));
  }

  public static AgencyProblem ofLevel(String level, String field, String code, Object... args) {
    return new AgencyProblem(null, level, field, code, List.of(args));
  }

  @Override
  public String toString() {
    return (agency != null ? "agency " + agency : "level " + level)
        + " "
        + field
        + ": "
        + code
        + (args.isEmpty() ? "" : " " + args);
  }
}
