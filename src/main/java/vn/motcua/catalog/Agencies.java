package vn.motcua.catalog;

import java.util.List;
import java.util.Optional;

/** The agency tree. */
public interface Agencies {

  Optional<Agency> find(String id);

  /** The agencies valid today, parents before children. */
  List<Agency> all();

  /**
   * The agency of {@code kind} that serves the area (a People's Committee's id) and is valid today:
   * for {@link Agency#PEOPLES_COMMITTEE} the area itself, for another kind the one whose {@code
   * serves} names the area (the lowest in the tree when several do).
   */
  Optional<Agency> serving(String areaId, String kind);

  List<AgencyTree.Level> levels();

  /** Every level and agency, valid or not, in the file's shape: what an import takes back. */
  AgencyTree tree();

  /**
   * Checks the whole tree and, when nothing is wrong, adds or updates its levels and agencies in
   * one transaction; what is already there and not named stays. The import is audited.
   *
   * @param actor who imports (an administrator's account, or {@code system} for a file at start)
   * @param source where the tree came from ({@code api}, or the file's location)
   * @throws InvalidAgencyTreeException listing every problem; then nothing is changed
   */
  AgencyImport importTree(AgencyTree tree, String actor, String source);

  /** The last {@code limit} imports, newest first, each with its changes. */
  List<AgencyImport> audit(int limit);
}
