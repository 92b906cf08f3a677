package vn.motcua.dossier;

import vn.motcua.shared.VietnameseTexts;

/** How the result reaches the applicant. */
public enum DeliveryMethod {
  COUNTER,
  POST,
  ELECTRONIC;

  /** The bundle key of the label: {@code dossier.deliveryMethod.<NAME>}. */
  public String messageKey() {
    return "dossier.deliveryMethod." + name();
  }

  /** The Vietnamese label, as the API and the dossier summary carry it. */
  public String label() {
    return VietnameseTexts.text(messageKey());
  }
}
