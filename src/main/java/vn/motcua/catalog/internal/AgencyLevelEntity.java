package vn.motcua.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "agency_level")
class AgencyLevelEntity {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "rank_order", nullable = false)
  private int rank;

  protected AgencyLevelEntity() {}

  AgencyLevelEntity(String code, String name, int rank) {
    this.code = code;
    this.name = name;
    this.rank = rank;
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  int rank() {
    return rank;
  }

  void update(String name, int rank) {
    this.name = name;
    this.rank = rank;
  }
}
