package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.FieldError;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;
import vn.motcua.catalog.ProcedureDescriptor.RequiredDocument;
import vn.motcua.catalog.TextRules;
import vn.motcua.document.DocumentRepository;
import vn.motcua.document.Upload;
import vn.motcua.document.UploadProblem;
import vn.motcua.dossier.ComponentRequest;
import vn.motcua.dossier.DeliveryMethod;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.SubmissionCommand;
import vn.motcua.shared.PostalAddress;
import vn.motcua.shared.VietnameseTexts;

/**
 * Everything that must hold before a dossier exists, checked at once so the citizen sees every
 * problem in one answer: the level and delivery offered, the three places, the declaration against
 * its form, the required documents and each upload's size and real type.
 */
@Component
class SubmissionValidator {

  /** The receiving unit, resolving agency and the places a submission names, once checked. */
  record Places(Agency receivingUnit, Agency resolvingAgency) {}

  private final ProcedureCatalog catalog;
  private final Agencies agencies;
  private final DocumentRepository documents;
  private final Clock clock;

  SubmissionValidator(
      ProcedureCatalog catalog, Agencies agencies, DocumentRepository documents, Clock clock) {
    this.catalog = catalog;
    this.agencies = agencies;
    this.documents = documents;
    this.clock = clock;
  }

  Places validate(SubmissionCommand command, Procedure procedure) {
    ProcedureDescriptor descriptor = procedure.descriptor();
    List<FieldError> errors = new ArrayList<>();
    if (command.level() == null) {
      errors.add(FieldError.of("level", VietnameseTexts.text("label.level"), "form.required"));
    } else if (!descriptor.levels().contains(command.level())) {
      errors.add(
          FieldError.of(
              "level",
              VietnameseTexts.text("label.level"),
              "submission.levelNotOffered",
              descriptor.levels().toString()));
    }
    Agency resolving = resolvingAgency(command, descriptor, errors);
    Agency receiving = receivingUnit(command, descriptor, resolving, errors);
    checkDelivery(command, descriptor, errors);
    errors.addAll(procedure.startForm().validate(command.formData(), true, LocalDate.now(clock)));
    int uploadStatus = checkComponents(command, descriptor, errors);
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors, uploadStatus);
    }
    return new Places(receiving, resolving);
  }

  /**
   * Checks documents added later (a supplement); answers the HTTP status fitting the worst problem.
   */
  int checkComponents(
      String owner,
      List<ComponentRequest> components,
      List<Upload> uploads,
      ProcedureDescriptor descriptor,
      List<FieldError> errors) {
    int status = 422;
    Set<String> parts = new HashSet<>();
    for (Upload upload : uploads) {
      parts.add(upload.part());
      Optional<UploadProblem> problem = documents.inspect(upload);
      if (problem.isPresent()) {
        UploadProblem p = problem.get();
        errors.add(new FieldError(p.part(), p.fileName(), p.code(), p.args()));
        if (status == 422) {
          status = p.httpStatus();
        }
      }
    }
    for (ComponentRequest component : components) {
      Optional<RequiredDocument> requirement =
          descriptor.documents().stream()
              .filter(d -> d.code().equals(component.requirementCode()))
              .findFirst();
      String label = requirement.map(RequiredDocument::name).orElse(component.requirementCode());
      if (requirement.isEmpty()) {
        errors.add(FieldError.of("components", label, "submission.unknownDocument"));
      } else if (component.uploadPart() != null && !parts.contains(component.uploadPart())) {
        errors.add(FieldError.of(component.uploadPart(), label, "submission.missingUpload"));
      } else if (component.uploadPart() == null && component.repositoryDocumentId() == null) {
        errors.add(FieldError.of("components", label, "submission.documentWithoutSource"));
      } else if (component.repositoryDocumentId() != null
          && documents.findOwned(owner, component.repositoryDocumentId()).isEmpty()) {
        errors.add(FieldError.of("components", label, "submission.repositoryDocumentNotFound"));
      } else if (expired(owner, component)) {
        errors.add(FieldError.of("components", label, "submission.documentExpired"));
      }
    }
    return status;
  }

  /**
   * A document whose validity has ended is not taken, whether the citizen says so or the repository
   * does.
   */
  private boolean expired(String owner, ComponentRequest component) {
    LocalDate today = LocalDate.now(clock);
    LocalDate validUntil = component.validUntil();
    if (validUntil == null && component.repositoryDocumentId() != null) {
      validUntil =
          documents
              .findOwned(owner, component.repositoryDocumentId())
              .map(d -> d.validUntil())
              .orElse(null);
    }
    return validUntil != null && validUntil.isBefore(today);
  }

  private int checkComponents(
      SubmissionCommand command, ProcedureDescriptor descriptor, List<FieldError> errors) {
    int status =
        checkComponents(
            command.applicant().account(),
            command.components(),
            command.uploads(),
            descriptor,
            errors);
    Set<String> given = new HashSet<>();
    command.components().forEach(c -> given.add(c.requirementCode()));
    for (RequiredDocument document : descriptor.documents()) {
      if (document.required()
          && !document.lookupInsteadOfUpload()
          && !given.contains(document.code())) {
        errors.add(FieldError.of(document.code(), document.name(), "submission.documentRequired"));
      }
    }
    return status;
  }

  private Agency resolvingAgency(
      SubmissionCommand command, ProcedureDescriptor descriptor, List<FieldError> errors) {
    String requested = command.resolvingAgency();
    if (descriptor.resolvingAgency() != null) {
      if (requested != null && !requested.equals(descriptor.resolvingAgency())) {
        errors.add(
            FieldError.of(
                "resolvingAgency",
                VietnameseTexts.text("label.resolvingAgency"),
                "submission.agencyNotForProcedure"));
      }
      return agencies.find(descriptor.resolvingAgency()).orElse(null);
    }
    if (requested == null || requested.isBlank()) {
      errors.add(
          FieldError.of(
              "resolvingAgency", VietnameseTexts.text("label.resolvingAgency"), "form.required"));
      return null;
    }
    Optional<Agency> agency =
        catalog.resolvingAgencies(descriptor).stream()
            .filter(a -> a.id().equals(requested))
            .findFirst();
    if (agency.isEmpty()) {
      errors.add(
          FieldError.of(
              "resolvingAgency",
              VietnameseTexts.text("label.resolvingAgency"),
              "submission.agencyNotForProcedure"));
    }
    return agency.orElse(null);
  }

  private Agency receivingUnit(
      SubmissionCommand command,
      ProcedureDescriptor descriptor,
      Agency resolving,
      List<FieldError> errors) {
    String id = command.receivingUnit();
    if (id == null || id.isBlank()) {
      id =
          descriptor.defaultReceivingUnit() != null
              ? descriptor.defaultReceivingUnit()
              : resolving == null ? null : deskOf(resolving);
    }
    if (id == null) {
      return null;
    }
    Optional<Agency> unit =
        agencies.find(id).filter(a -> a.oneStopDesk() && a.isValidOn(LocalDate.now(clock)));
    if (unit.isEmpty()) {
      errors.add(
          FieldError.of(
              "receivingUnit",
              VietnameseTexts.text("label.receivingUnit"),
              "submission.notAReceivingUnit"));
    }
    return unit.orElse(null);
  }

  /**
   * Where a dossier for {@code resolving} comes in when the citizen names no place: its own
   * one-stop desk, or, for an agency without one (the commune police), the desk of the area it
   * serves.
   */
  private String deskOf(Agency resolving) {
    if (resolving.oneStopDesk()) {
      return resolving.id();
    }
    LocalDate today = LocalDate.now(clock);
    return resolving.serves().stream()
        .map(agencies::find)
        .flatMap(Optional::stream)
        .filter(a -> a.oneStopDesk() && a.isValidOn(today))
        .map(Agency::id)
        .findFirst()
        .orElse(resolving.id());
  }

  private static void checkDelivery(
      SubmissionCommand command, ProcedureDescriptor descriptor, List<FieldError> errors) {
    DeliveryMethod method = command.deliveryMethod();
    String label = VietnameseTexts.text("label.deliveryMethod");
    if (method == null) {
      errors.add(FieldError.of("deliveryMethod", label, "form.required"));
      return;
    }
    if (!descriptor.deliveryMethods().contains(method.name())) {
      errors.add(FieldError.of("deliveryMethod", label, "submission.deliveryNotOffered"));
    } else if (Integer.valueOf(4).equals(command.level()) && method == DeliveryMethod.COUNTER) {
      errors.add(FieldError.of("deliveryMethod", label, "submission.level4NeedsRemoteDelivery"));
    }
    // kept whatever the method: one line, as on an envelope
    Optional<String> characters =
        command.deliveryAddress() == null
            ? Optional.empty()
            : TextRules.oneLineProblem(command.deliveryAddress());
    characters.ifPresent(
        code ->
            errors.add(
                FieldError.of(
                    "deliveryAddress", VietnameseTexts.text("label.deliveryAddress"), code)));
    if (method == DeliveryMethod.POST && characters.isEmpty()) {
      PostalAddress.problem(command.deliveryAddress())
          .ifPresent(
              problem ->
                  errors.add(
                      FieldError.of(
                          "deliveryAddress",
                          VietnameseTexts.text("label.deliveryAddress"),
                          problem)));
    }
  }

  static Map<String, Object> merged(Map<String, Object> base, Map<String, Object> changes) {
    Map<String, Object> result = new LinkedHashMap<>(base);
    result.putAll(changes);
    return result;
  }
}
