package vn.motcua.dossier;

/**
 * A dossier's status: finer than the national portal's ten codes, each mapped onto one of them (1
 * Mới đăng ký … 10 Đã trả kết quả) for the sync.
 */
public enum DossierStatus {
  SUBMITTED(1, "Mới đăng ký"),
  SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung hồ sơ"),
  SUPPLEMENTED(1, "Đã bổ sung, chờ tiếp nhận"),
  REFUSED(3, "Không được tiếp nhận"),
  RECEIVED(2, "Đã tiếp nhận"),
  IN_APPROVAL(4, "Đang xử lý, chờ phê duyệt"),
  AWAITING_PAYMENT(6, "Chờ thực hiện nghĩa vụ tài chính"),
  RESULT_READY(9, "Đã có kết quả"),
  REJECTED(9, "Đã xử lý: không được giải quyết"),
  DISPATCHED(9, "Đang chuyển kết quả qua bưu chính"),
  STOPPED(8, "Dừng xử lý"),
  WITHDRAWN(7, "Công dân đã rút hồ sơ"),
  DELIVERED(10, "Đã trả kết quả");

  private final int nationalCode;
  private final String label;

  DossierStatus(int nationalCode, String label) {
    this.nationalCode = nationalCode;
    this.label = label;
  }

  public int nationalCode() {
    return nationalCode;
  }

  /** The Vietnamese label shown to citizens and officers. */
  public String label() {
    return label;
  }

  /** The national portal's label for the national code. */
  public String nationalLabel() {
    return switch (nationalCode) {
      case 1 -> "Mới đăng ký";
      case 2 -> "Được tiếp nhận";
      case 3 -> "Không được tiếp nhận";
      case 4 -> "Đang xử lý";
      case 5 -> "Yêu cầu bổ sung giấy tờ";
      case 6 -> "Yêu cầu thực hiện nghĩa vụ tài chính";
      case 7 -> "Công dân yêu cầu rút hồ sơ";
      case 8 -> "Dừng xử lý";
      case 9 -> "Đã xử lý xong";
      default -> "Đã trả kết quả";
    };
  }

  public boolean isFinal() {
    return this == REFUSED
        || this == REJECTED
        || this == STOPPED
        || this == WITHDRAWN
        || this == DELIVERED;
  }

  /** A citizen may withdraw until the result exists. */
  public boolean allowsWithdrawal() {
    return this == SUBMITTED
        || this == SUPPLEMENT_REQUESTED
        || this == SUPPLEMENTED
        || this == RECEIVED
        || this == IN_APPROVAL;
  }
}
