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

  Optional<DeliveryView> find(String dossierCode);
}
