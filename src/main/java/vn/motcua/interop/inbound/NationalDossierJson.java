package vn.motcua.interop.inbound;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON the national portal sends a dossier in, and what it gets back. */
final class NationalDossierJson {

  private NationalDossierJson() {}

  @Schema(description = "A dossier submitted on the national portal or by interlinked software")
  record Request(
      @Schema(description = "The portal's id of the dossier; a resend with it answers the same one")
          String nationalId,
      @Schema(description = "The procedure's national code", example = "1.001193")
          String procedureCode,
      @Schema(description = "Service level (3 or 4)", example = "4") Integer level,
      @Schema(
              description =
                  "Where the dossier is received: our agency id or its national agency code;"
                      + " absent, the procedure's default")
          String receivingUnit,
      @Schema(
              description =
                  "Who resolves it: our agency id or its national agency code; absent when the"
                      + " procedure names it")
          String resolvingAgency,
      Applicant applicant,
      @Schema(description = "The declaration, by the fields of the procedure's form")
          Map<String, Object> formData,
      List<Document> documents,
      @Schema(allowableValues = {"COUNTER", "POST", "ELECTRONIC"}) String deliveryMethod,
      @Schema(description = "For POST: house, commune, province on one line")
          String deliveryAddress) {}

  record Applicant(String fullName, String citizenId, String phone, String email, String address) {}

  record Document(
      @Schema(description = "The procedure's required-document code", example = "BIRTH_CERTIFICATE")
          String type,
      String fileName,
      @Schema(example = "application/pdf") String contentType,
      @Schema(description = "The file, base64") String content,
      LocalDate validUntil) {}

  record Status(String value, String label, int nationalCode) {}

  record Receipt(
      String nationalId,
      @Schema(description = "Our dossier code (Circular 01/2018)") String code,
      Status status,
      Instant submittedAt,
      Instant appointmentAt,
      @Schema(example = "30/11/2026 17:00") String appointmentDate,
      long feeAmount) {}
}
