package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An agency tree as a province keeps it in a file, and as the administrators' API takes and gives
 * it: its levels and its agencies, parents first (docs/agencies.md). A node without {@code kind} is
 * a People's Committee; one without {@code roles} has all three officers' roles.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgencyTree(List<Level> levels, List<Node> agencies) {

  /**
   * The national agency code {@code V1V2V3.Z1Z2.Y1Y2.MX1X2} (QCVN 102), e.g. {@code 000.00.04.H40}:
   * the first part of every dossier code a receiving unit gives out.
   */
  public static final Pattern AGENCY_CODE =
      Pattern.compile("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9A-Z]{2}");

  public AgencyTree {
    levels = levels == null ? List.of() : levels;
    agencies = agencies == null ? List.of() : agencies;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Level(String code, String name, int rank) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Node(
      String id,
      String code,
      String name,
      String level,
      String parent,
      boolean oneStopDesk,
      LocalDate validFrom,
      LocalDate validTo,
      List<String> predecessors,
      String kind,
      List<String> roles,
      List<String> serves) {}
}
