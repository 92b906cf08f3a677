package vn.motcua.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.FieldError;
import vn.motcua.document.Upload;
import vn.motcua.dossier.ApplicantSnapshot;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentRequest;
import vn.motcua.dossier.DeliveryMethod;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.SubmissionCommand;
import vn.motcua.dossier.SubmissionResult;
import vn.motcua.interop.NationalDossier;
import vn.motcua.interop.NationalDossierIntake;
import vn.motcua.interop.NationalDossierRefusedException;
import vn.motcua.shared.VietnameseTexts;

/**
 * Dossiers from the national portal through the citizens' submission path ({@link
 * Dossiers#submit}): the same checks, fee, code, appointment and process, in one transaction, with
 * the channel {@link Channel#NATIONAL_PORTAL} and the portal's id kept on the dossier. Each
 * document is an upload named by its field ({@code documents[0]}), so its problems name it.
 */
@Service
class NationalPortalIntake implements NationalDossierIntake {

  /**
   * The account national-portal dossiers and their documents are kept under: no applicant signs in
   * with it (applicants' usernames are citizen ids and tax codes, digits only).
   */
  static final String ACCOUNT = "national-portal";

  private final Dossiers dossiers;
  private final Agencies agencies;

  NationalPortalIntake(Dossiers dossiers, Agencies agencies) {
    this.dossiers = dossiers;
    this.agencies = agencies;
  }

  @Override
  public Receipt receive(NationalDossier dossier) {
    List<FieldError> errors = new ArrayList<>();
    SubmissionCommand command = command(dossier, errors);
    if (!errors.isEmpty()) {
      errors.addAll(dossiers.problems(command));
      throw new NationalDossierRefusedException(errors);
    }
    SubmissionResult result;
    try {
      result = dossiers.submit(command);
    } catch (InvalidSubmissionException invalid) {
      throw new NationalDossierRefusedException(invalid.errors());
    }
    DossierView d = result.dossier();
    return new Receipt(
        d.nationalId(),
        d.code(),
        d.status().name(),
        d.status().label(),
        d.status().nationalCode(),
        d.submittedAt(),
        d.appointmentAt(),
        d.feeAmount(),
        result.replayed());
  }

  @Override
  public List<FieldError> problems(NationalDossier dossier) {
    List<FieldError> errors = new ArrayList<>();
    SubmissionCommand command = command(dossier, errors);
    errors.addAll(dossiers.problems(command));
    return errors;
  }

  private SubmissionCommand command(NationalDossier d, List<FieldError> errors) {
    NationalDossier.Applicant a =
        d.applicant() == null
            ? new NationalDossier.Applicant(null, null, null, null, null)
            : d.applicant();
    List<Upload> uploads = new ArrayList<>();
    List<ComponentRequest> components = new ArrayList<>();
    for (NationalDossier.Document document : d.documents()) {
      uploads.add(
          new Upload(
              document.field(), document.fileName(), document.contentType(), document.content()));
      components.add(
          new ComponentRequest(document.type(), document.field(), null, document.validUntil()));
    }
    return new SubmissionCommand(
        new ApplicantSnapshot(
            ACCOUNT, a.fullName(), a.citizenId(), a.phone(), a.email(), a.address()),
        d.procedureCode(),
        d.level(),
        agencyId(d.resolvingAgency()),
        agencyId(d.receivingUnit()),
        deliveryMethod(d.deliveryMethod(), errors),
        d.deliveryAddress(),
        d.formData(),
        components,
        uploads,
        null,
        null,
        Channel.NATIONAL_PORTAL,
        d.nationalId());
  }

  /** Null when absent (the submission says it is required) or not one of ours (said here). */
  private static DeliveryMethod deliveryMethod(String name, List<FieldError> errors) {
    if (name == null) {
      return null;
    }
    try {
      return DeliveryMethod.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      errors.add(
          FieldError.of(
              "deliveryMethod",
              VietnameseTexts.text("label.deliveryMethod"),
              "submission.deliveryNotOffered"));
      return null;
    }
  }

  /** Our agency id, from our id or the national agency code the portal knows it by. */
  private String agencyId(String given) {
    if (given == null || agencies.find(given).isPresent()) {
      return given;
    }
    return agencies.all().stream()
        .filter(agency -> given.equals(agency.code()))
        .map(Agency::id)
        .findFirst()
        .orElse(given);
  }
}
