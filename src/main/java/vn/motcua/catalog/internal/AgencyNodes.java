package vn.motcua.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.AgencyTree;

/** A file's node with its defaults filled in, and what differs between two nodes (the audit). */
final class AgencyNodes {

  private record Field(String name, Function<AgencyTree.Node, Object> value) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("code", AgencyTree.Node::code),
          new Field("name", AgencyTree.Node::name),
          new Field("level", AgencyTree.Node::level),
          new Field("parent", AgencyTree.Node::parent),
          new Field("kind", AgencyTree.Node::kind),
          new Field("roles", AgencyTree.Node::roles),
          new Field("serves", AgencyTree.Node::serves),
          new Field("oneStopDesk", AgencyTree.Node::oneStopDesk),
          new Field("validFrom", AgencyTree.Node::validFrom),
          new Field("validTo", AgencyTree.Node::validTo),
          new Field("predecessors", AgencyTree.Node::predecessors));

  private AgencyNodes() {}

  /**
   * No kind: a People's Committee; no roles: all three; lists without repeats, sorted (roles in
   * {@link Agency#ROLES}'s order, unknown ones last), so that equal trees compare equal.
   */
  static AgencyTree.Node normalise(AgencyTree.Node node) {
    return new AgencyTree.Node(
        node.id(),
        node.code(),
        node.name(),
        node.level(),
        blankToNull(node.parent()),
        node.oneStopDesk(),
        node.validFrom(),
        node.validTo(),
        sorted(node.predecessors(), Comparator.naturalOrder()),
        node.kind() == null ? Agency.PEOPLES_COMMITTEE : node.kind(),
        node.roles() == null
            ? Agency.ROLES
            : sorted(
                node.roles(),
                Comparator.comparingInt(
                        (String r) ->
                            Agency.ROLES.contains(r) ? Agency.ROLES.indexOf(r) : Integer.MAX_VALUE)
                    .thenComparing(Comparator.naturalOrder())),
        sorted(node.serves(), Comparator.naturalOrder()));
  }

  /** Every field of a new agency, for the audit. */
  static String describe(AgencyTree.Node node) {
    List<String> parts = new ArrayList<>();
    for (Field field : FIELDS) {
      Object value = field.value().apply(node);
      if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
        parts.add(field.name() + "=" + value);
      }
    }
    return String.join("; ", parts);
  }

  /** The fields that differ, {@code name: old -> new}; empty when the two are the same. */
  static String difference(AgencyTree.Node before, AgencyTree.Node after) {
    List<String> parts = new ArrayList<>();
    for (Field field : FIELDS) {
      Object old = field.value().apply(before);
      Object now = field.value().apply(after);
      if (!Objects.equals(old, now)) {
        parts.add(field.name() + ": " + old + " -> " + now);
      }
    }
    return String.join("; ", parts);
  }

  private static List<String> sorted(List<String> values, Comparator<String> order) {
    if (values == null) {
      return List.of();
    }
    return new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList())
        .stream().sorted(order).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
