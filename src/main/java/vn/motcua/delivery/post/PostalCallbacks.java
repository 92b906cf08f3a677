package vn.motcua.delivery.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.delivery.Deliveries;

/**
 * The carrier's status reports ({@code {"trackingCode": …, "status": "DELIVERED" | "RETURNED"}}),
 * believed only with a valid signature over the exact bytes received. A repeated report is answered
 * as accepted and changes nothing.
 */
@RestController
class PostalCallbacks {

  private static final Logger log = LoggerFactory.getLogger(PostalCallbacks.class);

  private final Deliveries deliveries;
  private final PostalSigner signer;
  private final ObjectMapper objectMapper;
  private final MessageSource messages;

  PostalCallbacks(
      Deliveries deliveries,
      ObjectMapper objectMapper,
      MessageSource messages,
      @Value("${motcua.post.callback-secret}") String secret) {
    this.messages = messages;
    this.deliveries = deliveries;
    this.objectMapper = objectMapper;
    this.signer = new PostalSigner(secret);
  }

  @PostMapping("/api/v1/postal/callback")
  ResponseEntity<?> report(
      @RequestBody byte[] body,
      @RequestHeader(name = PostalSigner.HEADER, required = false) String signature)
      throws IOException {
    if (!signer.verify(body, signature)) {
      log.warn("Postal callback with an invalid signature refused");
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(Map.of("result", "invalid signature"));
    }
    JsonNode report;
    try {
      report = objectMapper.readTree(body);
    } catch (JsonProcessingException notJson) {
      // signed, so the carrier's own fault: 400, which its retries will not cure, rather than a 500
      // they would repeat
      log.warn("Postal callback with a valid signature but a body that is not JSON refused");
      return notJson();
    }
    if (report == null || !report.isObject()) {
      return notJson();
    }
    String tracking = report.path("trackingCode").asText();
    String status = report.path("status").asText();
    if (!status.equals("DELIVERED") && !status.equals("RETURNED")) {
      return ResponseEntity.badRequest().body(Map.of("result", "unknown status " + status));
    }
    try {
      deliveries.parcelReported(tracking, status.equals("DELIVERED"));
    } catch (IllegalArgumentException unknownParcel) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("result", "unknown tracking code"));
    }
    return ResponseEntity.ok(Map.of("result", "accepted"));
  }

  /** An RFC 9457 problem that keeps the carrier's {@code result} field. */
  private ResponseEntity<ProblemDetail> notJson() {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(
        messages.getMessage("problem.badRequest", null, LocaleContextHolder.getLocale()));
    problem.setDetail(
        messages.getMessage("postal.callback.notJson", null, LocaleContextHolder.getLocale()));
    problem.setProperty("result", "body is not a JSON object");
    return ResponseEntity.badRequest().body(problem);
  }
}
