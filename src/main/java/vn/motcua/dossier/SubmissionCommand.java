package vn.motcua.dossier;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.document.Upload;

/**
 * A citizen's online submission. {@code idempotencyKey} makes a retried request create one dossier;
 * {@code signatureId} is a declaration signature confirmed with a one-time code ({@link
 * DeclarationSigning}), {@code null} when it is not signed that way (API clients, counters). A
 * dossier the national portal sends comes with its {@code channel} {@link Channel#NATIONAL_PORTAL}
 * and the portal's {@code nationalId}, which makes a repeat answer the same dossier; a walk-in
 * dossier taken at the counter comes with {@link Channel#COUNTER} ({@link
 * Dossiers#receiveAtCounter}); every other submission is {@link Channel#ONLINE}.
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
    UUID signatureId,
    Channel channel,
    String nationalId) {

  public SubmissionCommand {
    channel = channel == null ? Channel.ONLINE : channel;
    formData = formData == null ? Map.of() : formData;
    components = components == null ? List.of() : List.copyOf(components);
    uploads = uploads == null ? List.of() : List.copyOf(uploads);
  }
}
