package vn.motcua.delivery;

import java.util.Optional;

/** Delivering a dossier's result. Every call is idempotent per dossier. */
public interface Deliveries {

  DeliveryView createShipment(String dossierCode, String recipient, String address);

  /** The carrier's report on a parcel; publishes {@link ParcelEvent} the first time. */
  DeliveryView parcelReported(String trackingCode, boolean delivered);

  DeliveryView recordHandOver(String dossierCode, String recipient, String officer);

  /** The result document, stored in the applicant's repository, is published for download. */
  DeliveryView publishElectronicResult(String dossierCode, java.util.UUID resultDocumentId);

  /**
   * The electronic result: rendered as PDF, kept in the applicant's e-document repository (the
   * download), published, and mailed with the PDF attached, once per dossier.
   *
   * @throws vn.motcua.shared.SideEffects.EffectFailedException when the mail could not be sent
   */
  DeliveryView sendElectronicResult(ElectronicResult result);

  Optional<DeliveryView> find(String dossierCode);
}
