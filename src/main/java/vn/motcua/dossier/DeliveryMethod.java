package vn.motcua.dossier;

/** How the result reaches the applicant. */
public enum DeliveryMethod {
  COUNTER("Nhận tại Bộ phận một cửa"),
  POST("Qua dịch vụ bưu chính công ích"),
  ELECTRONIC("Nhận kết quả điện tử");

  private final String label;

  DeliveryMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
