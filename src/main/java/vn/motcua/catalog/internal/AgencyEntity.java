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
import java.util.LinkedHashSet;
import java.util.Set;

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

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agency_predecessor", joinColumns = @JoinColumn(name = "agency_id"))
  @Column(name = "predecessor_id")
  private Set<String> predecessorIds = new LinkedHashSet<>();

  protected AgencyEntity() {}

  AgencyEntity(String id) {
    this.id = id;
  }

  void update(
      String code,
      String name,
      String levelCode,
      String parentId,
      boolean oneStopDesk,
      LocalDate validFrom,
      LocalDate validTo,
      Set<String> predecessors) {
    this.code = code;
    this.name = name;
    this.levelCode = levelCode;
    this.parentId = parentId;
    this.oneStopDesk = oneStopDesk;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.predecessorIds.clear();
    this.predecessorIds.addAll(predecessors);
  }

  String id() {
    return id;
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  String levelCode() {
    return levelCode;
  }

  String parentId() {
    return parentId;
  }

  boolean oneStopDesk() {
    return oneStopDesk;
  }

  LocalDate validFrom() {
    return validFrom;
  }

  LocalDate validTo() {
    return validTo;
  }

  Set<String> predecessorIds() {
    return predecessorIds;
  }
}
