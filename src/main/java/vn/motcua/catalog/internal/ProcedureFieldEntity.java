package vn.motcua.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A field (lĩnh vực) of procedures; named by the descriptors that use it. */
@Entity
@Table(name = "procedure_field")
class ProcedureFieldEntity {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  protected ProcedureFieldEntity() {}

  ProcedureFieldEntity(String code, String name) {
    this.code = code;
    this.name = name;
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  void rename(String name) {
    this.name = name;
  }
}
