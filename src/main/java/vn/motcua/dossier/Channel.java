package vn.motcua.dossier;

/** How the dossier was submitted, with the national channel code. */
public enum Channel {
  COUNTER(1, "Trực tiếp"),
  ONLINE(2, "Trực tuyến"),
  POST(3, "Qua bưu chính công ích");

  private final int nationalCode;
  private final String label;

  Channel(int nationalCode, String label) {
    this.nationalCode = nationalCode;
    this.label = label;
  }

  public int nationalCode() {
    return nationalCode;
  }

  public String label() {
    return label;
  }
}
