package vn.motcua.dossier;

import java.util.List;
import java.util.Map;
import vn.motcua.document.Upload;

/** A citizen's online submission. {@code idempotencyKey} makes a retried request create one dossier. */
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
    String idempotencyKey) {

  public SubmissionCommand {
    formData = formData == null ? Map.of() : formData;
    components = components == null ? List.of() : List.copyOf(components);
    uploads = uploads == null ? List.of() : List.copyOf(uploads);
  }
}
