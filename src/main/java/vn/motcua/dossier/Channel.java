package vn.motcua.dossier;

import vn.motcua.shared.VietnameseTexts;

/** How the dossier was submitted, with the national channel code. */
public enum Channel {
  COUNTER(1),
  ONLINE(2),
  POST(3);

  private final int nationalCode;

  Channel(int nationalCode) {
    this.nationalCode = nationalCode;
  }

  public int nationalCode() {
    return nationalCode;
  }

  /** The bundle key of the label: {@code dossier.channel.<NAME>}. */
  public String messageKey() {
    return "dossier.channel." + name();
  }

  /** The Vietnamese label, as the API carries it. */
  public String label() {
    return VietnameseTexts.text(messageKey());
  }
}
