package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The procedures on offer and their versions. */
public interface ProcedureCatalog {

  /**
   * Types any citizen keeps in the e-document repository, whatever the procedure; named in the
   * bundles ({@code document.type.<code>}).
   */
  List<String> COMMON_DOCUMENT_TYPES =
      List.of(
          "CITIZEN_ID_CARD",
          "BIRTH_EXTRACT",
          "MARRIAGE_CERTIFICATE",
          "PORTRAIT_PHOTO",
          "RESIDENCE_CONFIRMATION",
          "OTHER");

  /**
   * Whether a document may be kept as {@code type}: a common type, or a document a procedure in
   * force asks for.
   */
  default boolean isDocumentType(String type) {
    return COMMON_DOCUMENT_TYPES.contains(type)
        || search(ProcedureQuery.all()).stream()
            .anyMatch(
                p -> p.descriptor().documents().stream().anyMatch(d -> d.code().equals(type)));
  }

  /** The versions in force today that match the query, by code. */
  List<Procedure> search(ProcedureQuery query);

  /** The version in force on {@code date}: the newest whose valid-from has come. */
  Optional<Procedure> current(String code, LocalDate date);

  Optional<Procedure> version(long versionId);

  /**
   * The agencies that may resolve a dossier of this procedure (its fixed agency, or every agency of
   * its level).
   */
  List<Agency> resolvingAgencies(ProcedureDescriptor descriptor);

  /**
   * Records a newly deployed version. Called inside the deployment's transaction, so an invalid
   * descriptor fails the deployment as a whole.
   *
   * @throws InvalidProcedureException when the descriptor or its form is not usable
   */
  Procedure register(
      ProcedureDescriptor descriptor,
      String startFormJson,
      String processDefinitionId,
      String deploymentId);
}
