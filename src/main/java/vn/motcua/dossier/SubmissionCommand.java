package vn.motcua.dossier;

import java.util.List;
import java.util.Map;
import vn.motcua.document.Upload;

/**
 * A citizen's online submission. {@code idempotencyKey} makes a retried request create one dossier;
 * {@code signatureId} is a declaration signature confirmed with a one-time code ({@link
 * DeclarationSigning}).
 */
public record SubmissionCommand(
    ApplicantSnapshot applicant,
    String procedureCode,
    Integer level,
    String resolvingAgency,
    String receivingUnit,
    DeliveryMethod deliveryMethod,
    String deliveryAddress,
    Map<String, Object> formData,
    List<ComponentRequest> components,
    List<Upload> uploads,
    String idempotencyKey,
    java.util.UUID signatureId) {

  /** A submission whose declaration is not signed with a one-time code (API clients, counters). */
  public SubmissionCommand(
      ApplicantSnapshot applicant,
      String procedureCode,
      Integer level,
      String resolvingAgency,
      String receivingUnit,
      DeliveryMethod deliveryMethod,
      String deliveryAddress,
      Map<String, Object> formData,
      List<ComponentRequest> components,
      List<Upload> uploads,
      String idempotencyKey) {
    this(
        applicant,
        procedureCode,
        level,
        resolvingAgency,
        receivingUnit,
        deliveryMethod,
        deliveryAddress,
        formData,
        components,
        uploads,
        idempotencyKey,
        null);
  }

  public SubmissionCommand {
    formData = formData == null ? Map.of() : formData;
    components = components == null ? List.of() : List.copyOf(components);
    uploads = uploads == null ? List.of() : List.copyOf(uploads);
  }
}
