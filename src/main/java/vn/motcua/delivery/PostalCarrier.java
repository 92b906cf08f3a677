package vn.motcua.delivery;

/** The public postal service (bưu chính công ích). The sandbox runs inside the app. */
public interface PostalCarrier {

  /** Books a shipment of the result to {@code address}; answers the tracking code. */
  String createShipment(String dossierCode, String recipient, String address);
}
