package vn.motcua.dossier.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.dossier.ComponentRequest;
import vn.motcua.dossier.DeliveryMethod;

/** The JSON bodies of the dossier API. */
final class DossierRequests {

  private DossierRequests() {}

  /**
   * A document of the dossier: {@code file} names a multipart part sent with the request, or {@code
   * documentId} a document already in the applicant's repository.
   */
  record Component(String requirementCode, String file, UUID documentId, LocalDate validUntil) {
    ComponentRequest toCommand() {
      return new ComponentRequest(requirementCode, file, documentId, validUntil);
    }
  }

  record Submission(
      String procedureCode,
      Integer level,
      String resolvingAgency,
      String receivingUnit,
      DeliveryMethod deliveryMethod,
      String deliveryAddress,
      Map<String, Object> formData,
      List<Component> components) {}

  record Supplement(Map<String, Object> formData, List<Component> components, String note) {}

  record Withdrawal(String reason) {}

  static List<ComponentRequest> components(List<Component> components) {
    return components == null ? List.of() : components.stream().map(Component::toCommand).toList();
  }
}
