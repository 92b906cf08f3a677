package vn.motcua.interop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dossier the national portal sent us (submitted on the portal or by interlinked software), as
 * our inbound endpoint read it: the portal's id, the procedure, the applicant, the declaration and
 * the documents, decoded. {@code receivingUnit} and {@code resolvingAgency} are our agency ids or
 * the national agency codes; {@code deliveryMethod} the name of one of our delivery methods.
 */
public record NationalDossier(
    String nationalId,
    String procedureCode,
    Integer level,
    String receivingUnit,
    String resolvingAgency,
    Applicant applicant,
    Map<String, Object> formData,
    List<Document> documents,
    String deliveryMethod,
    String deliveryAddress) {

  public NationalDossier {
    formData = formData == null ? Map.of() : formData;
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  public record Applicant(
      String fullName, String citizenId, String phone, String email, String address) {}

  /**
   * A document of the dossier: {@code field} names it in the request ({@code documents[0]}), so a
   * problem with it names that field; {@code type} is the procedure's required-document code.
   */
  public record Document(
      String field,
      String type,
      String fileName,
      String contentType,
      byte[] content,
      LocalDate validUntil) {}
}
