package vn.motcua.delivery;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.shared.VietnameseTexts;

/** How a result went out: method, tracking code for post, who received it at the counter. */
public record DeliveryView(
    String dossierCode,
    String method,
    String trackingCode,
    String shipmentStatus,
    String recipient,
    String handedOverBy,
    Instant deliveredAt,
    UUID resultDocumentId) {

  /** A sentence for the timeline, in Vietnamese ({@code timeline.delivered.*}). */
  public String describe() {
    return switch (method) {
      case "POST" -> VietnameseTexts.text("timeline.delivered.POST", trackingCode);
      case "ELECTRONIC" -> VietnameseTexts.text("timeline.delivered.ELECTRONIC");
      default ->
          recipient == null
              ? VietnameseTexts.text("timeline.delivered.COUNTER")
              : VietnameseTexts.text("timeline.delivered.COUNTER.recipient", recipient);
    };
  }
}
