package vn.motcua.delivery;

/**
 * The carrier reported a parcel delivered or returned to sender; the dossier's process waits for
 * it.
 */
public record ParcelEvent(String dossierCode, String trackingCode, boolean delivered) {}
