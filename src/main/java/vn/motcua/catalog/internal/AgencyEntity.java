package vn.motcua.catalog.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.AgencyTree;

@Entity
@Table(name = "agency")
class AgencyEntity {

  @Id private String id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "level_code", nullable = false)
  private String levelCode;

  @Column(name = "parent_id")
  private String parentId;

  @Column(name = "one_stop_desk", nullable = false)
  private boolean oneStopDesk;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(nullable = false)
  private String kind = Agency.PEOPLES_COMMITTEE;

  // one query per collection for every agency loaded, not one per agency (a province has hundreds)
  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "agency_predecessor", joinColumns = @JoinColumn(name = "agency_id"))
  @Column(name = "predecessor_id")
  private Set<String> predecessorIds = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "agency_role", joinColumns = @JoinColumn(name = "agency_id"))
  @Column(name = "role")
  private Set<String> roles = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "agency_serves", joinColumns = @JoinColumn(name = "agency_id"))
  @Column(name = "area_id")
  private Set<String> serves = new LinkedHashSet<>();

  protected AgencyEntity() {}

  AgencyEntity(String id) {
    this.id = id;
  }

  /** Takes every field of {@code node}, its defaults filled in ({@link AgencyNodes#normalise}). */
  void update(AgencyTree.Node node) {
    this.code = node.code();
    this.name = node.name();
    this.levelCode = node.level();
    this.parentId = node.parent();
    this.oneStopDesk = node.oneStopDesk();
    this.validFrom = node.validFrom();
    this.validTo = node.validTo();
    this.kind = node.kind();
    replace(predecessorIds, node.predecessors());
    replace(roles, node.roles());
    replace(serves, node.serves());
  }

  /** This agency as a node of the file, lists in a stable order. */
  AgencyTree.Node toNode() {
    return new AgencyTree.Node(
        id,
        code,
        name,
        levelCode,
        parentId,
        oneStopDesk,
        validFrom,
        validTo,
        predecessorIds.stream().sorted().toList(),
        kind,
        roles.stream().sorted(Comparator.comparingInt(Agency.ROLES::indexOf)).toList(),
        serves.stream().sorted().toList());
  }

  Agency toAgency(AgencyLevelEntity level) {
    AgencyTree.Node node = toNode();
    return new Agency(
        id,
        code,
        name,
        levelCode,
        level == null ? levelCode : level.name(),
        parentId,
        oneStopDesk,
        validFrom,
        validTo,
        node.predecessors(),
        kind,
        node.roles(),
        node.serves());
  }

  private static void replace(Set<String> target, List<String> values) {
    if (!target.equals(new LinkedHashSet<>(values))) {
      target.clear();
      target.addAll(values);
    }
  }

  String id() {
    return id;
  }

  String levelCode() {
    return levelCode;
  }

  String kind() {
    return kind;
  }
}
