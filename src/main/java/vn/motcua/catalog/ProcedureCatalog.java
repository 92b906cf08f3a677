package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

  /**
   * The version in force on {@code date} (a day in Vietnam): of the versions whose valid-from has
   * come, the one with the latest valid-from; of two with the same valid-from, the one deployed
   * last. Redeploying today's rules therefore leaves a version deployed ahead of its date to come
   * into force on that date.
   */
  Optional<Procedure> current(String code, LocalDate date);

  /**
   * The version that comes into force next after {@code date}: the nearest valid-from after it (of
   * two on one day, the one deployed last); empty when none is scheduled.
   */
  Optional<Procedure> upcoming(String code, LocalDate date);

  /** {@link #upcoming(String, LocalDate)} of every procedure that has one, by code. */
  Map<String, Procedure> upcoming(LocalDate date);

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
