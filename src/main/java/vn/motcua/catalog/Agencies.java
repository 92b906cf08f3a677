package vn.motcua.catalog;

import java.util.List;
import java.util.Optional;

/** The agency tree. */
public interface Agencies {

  Optional<Agency> find(String id);

  /** The agencies valid today, parents before children. */
  List<Agency> all();

  List<AgencyTree.Level> levels();

  /**
   * Adds or updates the levels and agencies of {@code tree}; what is already there and not named
   * stays.
   */
  void importTree(AgencyTree tree);
}
