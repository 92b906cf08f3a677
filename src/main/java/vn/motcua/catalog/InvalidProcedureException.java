package vn.motcua.catalog;

import java.util.List;

/** A procedure descriptor that cannot be offered, with every problem found. */
public class InvalidProcedureException extends RuntimeException {

  private final List<String> problems;

  public InvalidProcedureException(String code, List<String> problems) {
    super("Procedure " + code + " cannot be deployed: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
