package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** An agency tree as a province keeps it in a file: its levels and its agencies, parents first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgencyTree(List<Level> levels, List<Node> agencies) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Level(String code, String name, int rank) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Node(
      String id,
      String code,
      String name,
      String level,
      String parent,
      boolean oneStopDesk,
      LocalDate validFrom,
      LocalDate validTo,
      List<String> predecessors) {}
}
