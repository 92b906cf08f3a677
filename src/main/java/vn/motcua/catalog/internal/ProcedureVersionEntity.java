package vn.motcua.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One deployed version of a procedure's metadata, with the start form deployed beside it. */
@Entity
@Table(name = "procedure_version")
class ProcedureVersionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procedure_code", nullable = false)
  private String procedureCode;

  @Column(nullable = false)
  private int version;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "process_definition_id")
  private String processDefinitionId;

  @Column(name = "deployment_id", nullable = false)
  private String deploymentId;

  @Column(nullable = false, length = 100_000)
  private String descriptor;

  @Column(name = "start_form", nullable = false, length = 200_000)
  private String startForm;

  @Column(name = "deployed_at", nullable = false)
  private Instant deployedAt;

  protected ProcedureVersionEntity() {}

  ProcedureVersionEntity(
      String procedureCode,
      int version,
      LocalDate validFrom,
      String processDefinitionId,
      String deploymentId,
      String descriptor,
      String startForm,
      Instant deployedAt) {
    this.procedureCode = procedureCode;
    this.version = version;
    this.validFrom = validFrom;
    this.processDefinitionId = processDefinitionId;
    this.deploymentId = deploymentId;
    this.descriptor = descriptor;
    this.startForm = startForm;
    this.deployedAt = deployedAt;
  }

  Long id() {
    return id;
  }

  String procedureCode() {
    return procedureCode;
  }

  int version() {
    return version;
  }

  LocalDate validFrom() {
    return validFrom;
  }

  String processDefinitionId() {
    return processDefinitionId;
  }

  String deploymentId() {
    return deploymentId;
  }

  String descriptor() {
    return descriptor;
  }

  String startForm() {
    return startForm;
  }

  Instant deployedAt() {
    return deployedAt;
  }
}
