package vn.motcua.delivery.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.delivery.Deliveries;

/**
 * The carrier's status reports ({@code {"trackingCode": …, "status": "DELIVERED" | "RETURNED"}}),
 * believed only with a valid signature over the exact bytes received. A repeated report is
 * answered as accepted and changes nothing.
 */
@RestController
class PostalCallbacks {

  private static final Logger log = LoggerFactory.getLogger(PostalCallbacks.class);

  private final Deliveries deliveries;
  private final PostalSigner signer;
  private final ObjectMapper objectMapper;

  PostalCallbacks(Deliveries deliveries, ObjectMapper objectMapper, @Value("${motcua.post.callback-secret}") String secret) {
    this.deliveries = deliveries;
    this.objectMapper = objectMapper;
    this.signer = new PostalSigner(secret);
  }

  @PostMapping("/api/v1/postal/callback")
  ResponseEntity<Map<String, String>> report(@RequestBody byte[] body,
                                             @RequestHeader(name = PostalSigner.HEADER, required = false) String signature)
      throws IOException {
    if (!signer.verify(body, signature)) {
      log.warn("Postal callback with an invalid signature refused");
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("result", "invalid signature"));
    }
    JsonNode report;
    try {
      report = objectMapper.readTree(body);
    } catch (JsonProcessingException notJson) {
      // signed, so the carrier's own fault: 400, which its retries will not cure, rather than a 500 they would repeat
      log.warn("Postal callback with a valid signature but a body that is not JSON refused");
      return ResponseEntity.badRequest().body(Map.of("result", "body is not JSON"));
    }
    if (report == null || !report.isObject()) {
      return ResponseEntity.badRequest().body(Map.of("result", "body is not a JSON object"));
    }
    String tracking = report.path("trackingCode").asText();
    String status = report.path("status").asText();
    if (!status.equals("DELIVERED") && !status.equals("RETURNED")) {
      return ResponseEntity.badRequest().body(Map.of("result", "unknown status " + status));
    }
    try {
      deliveries.parcelReported(tracking, status.equals("DELIVERED"));
    } catch (IllegalArgumentException unknownParcel) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("result", "unknown tracking code"));
    }
    return ResponseEntity.ok(Map.of("result", "accepted"));
  }
}
