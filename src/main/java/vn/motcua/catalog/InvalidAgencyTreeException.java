package vn.motcua.catalog;

import java.util.List;

/** An agency tree that was not imported, with every problem found in it; nothing was changed. */
public class InvalidAgencyTreeException extends RuntimeException {

  private final List<AgencyProblem> problems;

  public InvalidAgencyTreeException(List<AgencyProblem> problems) {
    super(
        "The agency tree has "
            + problems.size()
            + " problem(s), nothing was imported: "
            + problems.stream().map(AgencyProblem::toString).toList());
    this.problems = List.copyOf(problems);
  }

  public List<AgencyProblem> problems() {
    return problems;
  }
}
