package vn.motcua.delivery;

import java.time.Instant;

/** How a result went out: method, tracking code for post, who received it at the counter. */
public record DeliveryView(
    String dossierCode,
    String method,
    String trackingCode,
    String shipmentStatus,
    String recipient,
    String handedOverBy,
    Instant deliveredAt,
    java.util.UUID resultDocumentId) {

  /** A sentence for the timeline. */
  public String describe() {
    return switch (method) {
      case "POST" -> "qua bưu chính công ích, mã bưu gửi " + trackingCode;
      case "ELECTRONIC" -> "kết quả điện tử";
      default -> "tại Bộ phận một cửa" + (recipient == null ? "" : ", người nhận " + recipient);
    };
  }
}
