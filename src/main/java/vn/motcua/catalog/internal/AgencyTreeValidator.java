package vn.motcua.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.AgencyProblem;
import vn.motcua.catalog.AgencyTree;

/**
 * Everything wrong with a tree before any of it is written, all at once, checked against the tree
 * as it would be after the import (what is stored, overlaid with the file). The rules
 * (docs/agencies.md):
 *
 * <ul>
 *   <li>levels: a code ({@code [A-Z0-9_]}, at most 20), a name, a rank of 1 or more, each code
 *       once;
 *   <li>agencies: an id ({@code [A-Za-z0-9._-]}, at most 50: it names Camunda groups), a national
 *       code of the shape {@code 000.00.04.H40}, a name, a known level, each id and code once in
 *       the tree;
 *   <li>a parent that exists, whose level ranks above the child's, or the same when the two are of
 *       different kinds (the provincial police under the provincial People's Committee), and no
 *       cycle;
 *   <li>validFrom not after validTo; predecessors that exist;
 *   <li>a kind of {@link Agency#KINDS}, roles of {@link Agency#ROLES}, the one-stop role where
 *       there is a one-stop desk (its tasks go to {@code <id>-onestop});
 *   <li>{@code serves} only for agencies of another kind than a People's Committee, naming People's
 *       Committees that exist.
 * </ul>
 *
 * Stored agencies the file does not name are checked only where the file changes what they rest on:
 * their parent, or the rank of their level.
 */
final class AgencyTreeValidator {

  static final Pattern AGENCY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");
  static final Pattern LEVEL_CODE = Pattern.compile("[A-Z0-9_]{1,20}");
  static final int NAME_LENGTH = 255;

  private final AgencyTree tree;
  private final Map<String, AgencyTree.Node> stored;
  private final Map<String, AgencyTree.Level> storedLevels;
  private final List<AgencyProblem> problems = new ArrayList<>();

  /** The tree after the import: stored agencies and levels with the file's laid over them. */
  private final Map<String, AgencyTree.Node> merged = new LinkedHashMap<>();

  private final Map<String, AgencyTree.Level> mergedLevels = new HashMap<>();

  private AgencyTreeValidator(
      AgencyTree tree,
      Map<String, AgencyTree.Node> stored,
      Map<String, AgencyTree.Level> storedLevels) {
    this.tree = tree;
    this.stored = stored;
    this.storedLevels = storedLevels;
  }

  /**
   * @param stored the stored agencies by id, normalised
   * @param storedLevels the stored levels by code
   */
  static List<AgencyProblem> check(
      AgencyTree tree,
      Map<String, AgencyTree.Node> stored,
      Map<String, AgencyTree.Level> storedLevels) {
    AgencyTreeValidator validator = new AgencyTreeValidator(tree, stored, storedLevels);
    validator.checkLevels();
    validator.checkAgencies();
    return List.copyOf(validator.problems);
  }

  private void checkLevels() {
    mergedLevels.putAll(storedLevels);
    Set<String> seen = new HashSet<>();
    int position = 0;
    for (AgencyTree.Level level : tree.levels()) {
      position++;
      String key = isBlank(level.code()) ? "#" + position : level.code();
      if (isBlank(level.code())) {
        levelProblem(key, "code", "agencies.problem.required");
      } else if (!LEVEL_CODE.matcher(level.code()).matches()) {
        levelProblem(key, "code", "agencies.problem.levelCodeFormat");
      } else if (!seen.add(level.code())) {
        levelProblem(key, "code", "agencies.problem.duplicateLevel");
      } else {
        mergedLevels.put(level.code(), level);
      }
      if (isBlank(level.name())) {
        levelProblem(key, "name", "agencies.problem.required");
      } else if (level.name().length() > 100) {
        levelProblem(key, "name", "agencies.problem.tooLong", 100);
      }
      if (level.rank() < 1) {
        levelProblem(key, "rank", "agencies.problem.levelRank");
      }
    }
  }

  private void checkAgencies() {
    List<AgencyTree.Node> nodes = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<Boolean> repeated = new ArrayList<>();
    merged.putAll(stored);
    Set<String> ids = new HashSet<>();
    int position = 0;
    for (AgencyTree.Node raw : tree.agencies()) {
      position++;
      AgencyTree.Node node = AgencyNodes.normalise(raw);
      String key = isBlank(node.id()) ? "#" + position : node.id();
      nodes.add(node);
      keys.add(key);
      repeated.add(false);
      if (isBlank(node.id())) {
        problem(key, "id", "agencies.problem.required");
      } else if (!AGENCY_ID.matcher(node.id()).matches()) {
        problem(key, "id", "agencies.problem.idFormat");
      } else if (!ids.add(node.id())) {
        // reported once; the repeat's other fields are not checked again
        problem(key, "id", "agencies.problem.duplicateId");
        repeated.set(repeated.size() - 1, true);
      } else {
        merged.put(node.id(), node);
      }
    }
    Map<String, List<String>> idsByCode = new HashMap<>();
    merged
        .values()
        .forEach(
            n -> {
              if (!isBlank(n.code())) {
                idsByCode.computeIfAbsent(n.code(), c -> new ArrayList<>()).add(n.id());
              }
            });
    for (int i = 0; i < nodes.size(); i++) {
      if (repeated.get(i)) {
        continue;
      }
      AgencyTree.Node node = nodes.get(i);
      String key = keys.get(i);
      checkFields(key, node, idsByCode);
      checkParent(key, node);
      checkLinks(key, node);
    }
    checkStoredChildren();
  }

  private void checkFields(String key, AgencyTree.Node node, Map<String, List<String>> idsByCode) {
    if (isBlank(node.code())) {
      problem(key, "code", "agencies.problem.required");
    } else if (!AgencyTree.AGENCY_CODE.matcher(node.code()).matches()) {
      problem(key, "code", "agencies.problem.codeFormat", "000.00.04.H40");
    } else {
      idsByCode.getOrDefault(node.code(), List.of()).stream()
          .filter(other -> !other.equals(node.id()))
          .findFirst()
          .ifPresent(other -> problem(key, "code", "agencies.problem.duplicateCode", other));
    }
    if (isBlank(node.name())) {
      problem(key, "name", "agencies.problem.required");
    } else if (node.name().length() > NAME_LENGTH) {
      problem(key, "name", "agencies.problem.tooLong", NAME_LENGTH);
    }
    if (isBlank(node.level())) {
      problem(key, "level", "agencies.problem.required");
    } else if (!mergedLevels.containsKey(node.level())) {
      problem(key, "level", "agencies.problem.unknownLevel", node.level());
    }
    if (!Agency.KINDS.contains(node.kind())) {
      problem(key, "kind", "agencies.problem.unknownKind", node.kind(), Agency.KINDS);
    }
    for (String role : node.roles()) {
      if (!Agency.ROLES.contains(role)) {
        problem(key, "roles", "agencies.problem.unknownRole", role, Agency.ROLES);
      }
    }
    if (node.oneStopDesk() && !node.roles().contains("onestop")) {
      problem(key, "roles", "agencies.problem.oneStopDeskNeedsRole");
    }
    if (node.validFrom() != null
        && node.validTo() != null
        && node.validFrom().isAfter(node.validTo())) {
      problem(key, "validTo", "agencies.problem.validity");
    }
  }

  private void checkParent(String key, AgencyTree.Node node) {
    if (node.parent() == null) {
      return;
    }
    AgencyTree.Node parent = merged.get(node.parent());
    if (parent == null) {
      problem(key, "parent", "agencies.problem.unknownParent", node.parent());
      return;
    }
    if (!placedUnder(node, parent)) {
      problem(key, "parent", "agencies.problem.parentRank", parent.id(), parent.level());
      return;
    }
    // a chain of parents that comes back: only possible through agencies of equal rank
    Set<String> seen = new HashSet<>();
    seen.add(node.id());
    for (AgencyTree.Node up = parent; up != null; up = merged.get(up.parent())) {
      if (!seen.add(up.id())) {
        problem(key, "parent", "agencies.problem.cycle", node.parent());
        return;
      }
      if (up.parent() == null) {
        return;
      }
    }
  }

  private void checkLinks(String key, AgencyTree.Node node) {
    for (String predecessor : node.predecessors()) {
      if (predecessor.equals(node.id()) || !merged.containsKey(predecessor)) {
        problem(key, "predecessors", "agencies.problem.unknownPredecessor", predecessor);
      }
    }
    if (!node.serves().isEmpty() && Agency.PEOPLES_COMMITTEE.equals(node.kind())) {
      problem(key, "serves", "agencies.problem.servesOwnArea");
      return;
    }
    for (String area : node.serves()) {
      AgencyTree.Node served = merged.get(area);
      if (served == null) {
        problem(key, "serves", "agencies.problem.unknownArea", area);
      } else if (!Agency.PEOPLES_COMMITTEE.equals(served.kind())) {
        problem(key, "serves", "agencies.problem.notAnArea", area, served.kind());
      }
    }
  }

  /**
   * Stored agencies the file leaves alone but whose parent it changes, or the rank of whose level
   * (or their parent's) it changes, must still sit below their parent.
   */
  private void checkStoredChildren() {
    Set<String> inFile = new HashSet<>();
    tree.agencies().forEach(n -> inFile.add(n.id()));
    Set<String> reranked = new HashSet<>();
    for (AgencyTree.Level level : tree.levels()) {
      AgencyTree.Level before = storedLevels.get(level.code());
      if (before != null && before.rank() != level.rank()) {
        reranked.add(level.code());
      }
    }
    for (AgencyTree.Node child : stored.values()) {
      if (inFile.contains(child.id()) || child.parent() == null) {
        continue;
      }
      AgencyTree.Node parent = merged.get(child.parent());
      if (parent == null) {
        continue;
      }
      boolean touched =
          inFile.contains(parent.id())
              || reranked.contains(child.level())
              || reranked.contains(parent.level());
      if (touched && !placedUnder(child, parent)) {
        problem(child.id(), "parent", "agencies.problem.parentRank", parent.id(), parent.level());
      }
    }
  }

  /**
   * Whether {@code child} may sit under {@code parent}: a higher level, or the same level for an
   * agency of another kind. Unknown levels are reported elsewhere, and pass here.
   */
  private boolean placedUnder(AgencyTree.Node child, AgencyTree.Node parent) {
    AgencyTree.Level childLevel = mergedLevels.get(child.level());
    AgencyTree.Level parentLevel = mergedLevels.get(parent.level());
    if (childLevel == null || parentLevel == null) {
      return true;
    }
    return parentLevel.rank() < childLevel.rank()
        || (parentLevel.rank() == childLevel.rank() && !parent.kind().equals(child.kind()));
  }

  private void problem(String agency, String field, String code, Object... args) {
    problems.add(AgencyProblem.ofAgency(agency, field, code, args));
  }

  private void levelProblem(String level, String field, String code, Object... args) {
    problems.add(AgencyProblem.ofLevel(level, field, code, args));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
