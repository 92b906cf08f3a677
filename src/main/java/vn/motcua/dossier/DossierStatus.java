package vn.motcua.dossier;

import vn.motcua.shared.VietnameseTexts;

/**
 * A dossier's status: finer than the national portal's ten codes, each mapped onto one of them (1
 * Mới đăng ký … 10 Đã trả kết quả) for the sync.
 */
public enum DossierStatus {
  SUBMITTED(1),
  SUPPLEMENT_REQUESTED(5),
  SUPPLEMENTED(1),
  REFUSED(3),
  RECEIVED(2),
  IN_APPROVAL(4),
  AWAITING_PAYMENT(6),
  RESULT_READY(9),
  REJECTED(9),
  DISPATCHED(9),
  STOPPED(8),
  WITHDRAWN(7),
  DELIVERED(10);

  private final int nationalCode;

  DossierStatus(int nationalCode) {
    this.nationalCode = nationalCode;
  }

  public int nationalCode() {
    return nationalCode;
  }

  /** The bundle key of the label: {@code dossier.status.<NAME>}. */
  public String messageKey() {
    return "dossier.status." + name();
  }

  /**
   * The Vietnamese label ({@link #messageKey()} in the default bundle), as the API and the timeline
   * carry it; pages resolve the key in the reader's language.
   */
  public String label() {
    return VietnameseTexts.text(messageKey());
  }

  /** The national portal's label for the national code ({@code dossier.nationalStatus.<code>}). */
  public String nationalLabel() {
    return VietnameseTexts.text("dossier.nationalStatus." + nationalCode);
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
