package vn.motcua.delivery.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.DeliveryView;

/** The sandbox carrier's reports: a parcel delivered or returned to sender. */
@RestController
@RequestMapping("/sandbox/post")
class SandboxPostController {

  private final Deliveries deliveries;

  SandboxPostController(Deliveries deliveries) {
    this.deliveries = deliveries;
  }

  @PostMapping("/{trackingCode}/delivered")
  ResponseEntity<DeliveryView> delivered(@PathVariable String trackingCode) {
    return ResponseEntity.ok(deliveries.parcelReported(trackingCode, true));
  }

  @PostMapping("/{trackingCode}/returned")
  ResponseEntity<DeliveryView> returned(@PathVariable String trackingCode) {
    return ResponseEntity.ok(deliveries.parcelReported(trackingCode, false));
  }
}
