package vn.motcua.delivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.catalog.FieldError;
import vn.motcua.delivery.HandOver;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.shared.Masks;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * Checks a counter hand-over before it is recorded: the applicant's ID number must be the one on
 * the dossier; a representative's must be a citizen ID number, with the authorisation's number and
 * date and the officer having seen it. Answers the recipient as the timeline shows it, ID masked.
 */
final class HandOverCheck {

  /** A citizen ID (CCCD, 12 digits) or an old identity card (CMND, 9 digits). */
  private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{9}|[0-9]{12}");

  private HandOverCheck() {}

  static String recipient(DossierView dossier, HandOver handOver, Clock clock) {
    if (handOver.kind() == null) {
      // a task of an older form, which asked for the name only
      return handOver.name();
    }
    List<FieldError> errors = new ArrayList<>();
    String name = handOver.name() == null ? "" : handOver.name().strip();
    String id = handOver.idNumber() == null ? "" : handOver.idNumber().replaceAll("\\s", "");
    if (!HandOver.APPLICANT.equals(handOver.kind()) && !handOver.byRepresentative()) {
      errors.add(error("recipientKind", "label.recipientKind", "handOver.kindUnknown"));
    }
    if (name.isEmpty()) {
      errors.add(error("recipientName", "label.recipientName", "handOver.required"));
    }
    if (!ID_NUMBER.matcher(id).matches()) {
      errors.add(error("recipientIdNumber", "label.recipientIdNumber", "handOver.idNumberShape"));
    } else if (HandOver.APPLICANT.equals(handOver.kind())
        && dossier.applicantCitizenId() != null
        && !dossier.applicantCitizenId().equals(id)) {
      errors.add(error("recipientIdNumber", "label.recipientIdNumber", "handOver.notTheApplicant"));
    }
    if (handOver.byRepresentative()) {
      String number = handOver.authorisationNumber();
      if (number == null || number.isBlank()) {
        errors.add(error("authorisationNumber", "label.authorisationNumber", "handOver.required"));
      }
      LocalDate date = handOver.authorisationDate();
      if (date == null) {
        errors.add(error("authorisationDate", "label.authorisationDate", "handOver.required"));
      } else if (date.isAfter(LocalDate.now(clock.withZone(VietnameseFormats.VIETNAM)))) {
        errors.add(error("authorisationDate", "label.authorisationDate", "handOver.future"));
      }
      if (!handOver.authorisationChecked()) {
        errors.add(
            error("authorisationChecked", "label.authorisationChecked", "handOver.notChecked"));
      }
      if (id.equals(dossier.applicantCitizenId())) {
        errors.add(
            error("recipientKind", "label.recipientKind", "handOver.representativeIsApplicant"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    String masked = Masks.citizenId(id);
    return handOver.byRepresentative()
        ? VietnameseTexts.text(
            "handOver.representative",
            name,
            masked,
            handOver.authorisationNumber().strip(),
            VietnameseFormats.day(handOver.authorisationDate()))
        : VietnameseTexts.text("handOver.applicant", name, masked);
  }

  private static FieldError error(String field, String label, String code) {
    return FieldError.of(field, VietnameseTexts.text(label), code);
  }
}
