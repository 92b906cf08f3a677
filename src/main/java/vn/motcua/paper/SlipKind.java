package vn.motcua.paper;

import java.util.Arrays;
import java.util.Optional;
import vn.motcua.dossier.DossierStatus;

/**
 * The slips of Circular 03/2025/TT-VPCP, Appendix I, by their template number ({@code Mẫu số 01}
 * …): what each is called is {@code slip.<number>.title} in the message bundles, the status whose
 * timeline entry issues it (none for the apology, issued with a new appointment, and for the
 * process-control slip, which follows the whole timeline).
 */
public enum SlipKind {
  RECEIPT("01", "giay-tiep-nhan", DossierStatus.RECEIVED),
  SUPPLEMENT_REQUEST("02", "phieu-yeu-cau-bo-sung", DossierStatus.SUPPLEMENT_REQUESTED),
  REFUSAL("03", "phieu-tu-choi", DossierStatus.REFUSED),
  APOLOGY("04", "van-ban-xin-loi", null),
  STOP_NOTICE("05", "thong-bao-dung", DossierStatus.STOPPED),
  PROCESS_CONTROL("06", "phieu-kiem-soat", null);

  private final String number;
  private final String fileStem;
  private final DossierStatus issuedAt;

  SlipKind(String number, String fileStem, DossierStatus issuedAt) {
    this.number = number;
    this.fileStem = fileStem;
    this.issuedAt = issuedAt;
  }

  /** The template's number in the circular's appendix, as officers name it: {@code 01}. */
  public String number() {
    return number;
  }

  /** The status whose timeline entry issues this slip; empty for 04 and 06. */
  public Optional<DossierStatus> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  /** The slip a status change issues: 01 on reception, 02, 03 and 05 on theirs. */
  public static Optional<SlipKind> issuedBy(DossierStatus status) {
    return Arrays.stream(values()).filter(k -> k.issuedAt == status && status != null).findFirst();
  }

  public static Optional<SlipKind> ofNumber(String number) {
    return Arrays.stream(values()).filter(k -> k.number.equals(number)).findFirst();
  }

  /** {@code giay-tiep-nhan-000.40.11.H40-261124-0001.pdf}. */
  public String fileName(String dossierCode) {
    return fileStem + "-" + dossierCode + ".pdf";
  }

  /** The bundle key of the slip's title. */
  public String titleKey() {
    return "slip." + number + ".title";
  }
}
