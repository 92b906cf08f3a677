package vn.motcua.delivery;

import java.util.Optional;
import vn.motcua.shared.SideEffects;

/** Delivering a dossier's result. Every call is idempotent per dossier. */
public interface Deliveries {

  /**
   * Hands the dossier's result to the carrier for its applicant at its delivery address, and
   * records the dispatch on the dossier; once per dossier.
   */
  DeliveryView shipResult(String dossierCode);

  /** The carrier's report on a parcel; publishes {@link ParcelEvent} the first time. */
  DeliveryView parcelReported(String trackingCode, boolean delivered);

  /**
   * Records who received the result at the counter: the applicant, whose ID number must be the one
   * on the dossier, or a representative with their ID number and the authorisation.
   *
   * @throws vn.motcua.dossier.InvalidSubmissionException naming each field that is missing or does
   *     not match
   */
  DeliveryView recordHandOver(String dossierCode, HandOver handOver, String officer);

  /**
   * The electronic result: rendered as PDF, kept in the applicant's e-document repository (the
   * download), published, and mailed with the PDF attached, once per dossier.
   *
   * @throws SideEffects.EffectFailedException when the mail could not be sent
   */
  DeliveryView sendElectronicResult(String dossierCode);

  /** Records on the dossier how its result reached the applicant, and by whom. */
  void recordDelivered(String dossierCode);

  Optional<DeliveryView> find(String dossierCode);
}
