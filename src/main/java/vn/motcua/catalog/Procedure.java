package vn.motcua.catalog;

import java.time.Instant;

/**
 * One version of a procedure as deployed: its metadata, its start form, and the process definition
 * deployed with it. A dossier keeps the version it was received under.
 */
public record Procedure(
    long versionId,
    int version,
    ProcedureDescriptor descriptor,
    FormDefinition startForm,
    String processDefinitionId,
    String deploymentId,
    Instant deployedAt) {

  public String code() {
    return descriptor.code();
  }

  public String name() {
    return descriptor.name();
  }
}
