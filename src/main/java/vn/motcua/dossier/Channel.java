package vn.motcua.dossier;

import vn.motcua.shared.VietnameseTexts;

/** How the dossier was submitted, with the national channel code. */
public enum Channel {
  COUNTER(1),
  ONLINE(2),
  POST(3),
  /**
   * Submitted on the national portal (Cổng Dịch vụ công quốc gia) or by interlinked software, and
   * sent to us by the portal: online as the portal counts it.
   */
  NATIONAL_PORTAL(2);

  private final int nationalCode;

  Channel(int nationalCode) {
    this.nationalCode = nationalCode;
  }

  public int nationalCode() {
    return nationalCode;
  }

  /**
   * The channel the fee schedule knows this one as: a dossier from the national portal was
   * submitted online, and pays what online dossiers pay.
   */
  public String feeChannel() {
    return this == NATIONAL_PORTAL ? ONLINE.name() : name();
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
