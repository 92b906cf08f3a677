package vn.motcua.delivery.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import vn.motcua.delivery.PostalCarrier;
import vn.motcua.delivery.post.PostalSigner;
import vn.motcua.shared.HttpClients;
import vn.motcua.shared.PostalAddress;
import vn.motcua.shared.PublicUrls;

/**
 * The sandbox carrier: books a shipment when the address will do, and when told a parcel was
 * delivered or returned (the demo's and the tests' stand-in for the postman), calls our callback
 * with a signed report, as the real carrier does.
 */
@Component
@RestController
@RequestMapping("/sandbox/post")
@ConditionalOnProperty(
    name = "motcua.post.sandbox.enabled",
    havingValue = "true",
    matchIfMissing = true)
class SandboxPostalCarrier implements PostalCarrier {

  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> parcels = new ConcurrentHashMap<>();
  private final PostalSigner signer;
  private final ObjectMapper objectMapper;
  private final PublicUrls urls;

  /** Made at its first request ({@link HttpClients#onFirstRequest}). */
  private final SingletonSupplier<RestClient> http;

  SandboxPostalCarrier(
      @Value("${motcua.post.callback-secret}") String secret,
      ObjectMapper objectMapper,
      PublicUrls urls,
      RestClient.Builder http) {
    this.signer = new PostalSigner(secret);
    this.objectMapper = objectMapper;
    this.urls = urls;
    this.http = HttpClients.onFirstRequest(http);
  }

  @Override
  public String createShipment(String dossierCode, String recipient, String address) {
    PostalAddress.problem(address)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(
                  "the carrier refuses the address of " + dossierCode + ": " + problem);
            });
    String tracking = "EA%09dVN".formatted(random.nextInt(1_000_000_000));
    parcels.put(tracking, dossierCode);
    return tracking;
  }

  @PostMapping("/{trackingCode}/delivered")
  ResponseEntity<String> delivered(@PathVariable String trackingCode) throws Exception {
    return report(trackingCode, "DELIVERED");
  }

  @PostMapping("/{trackingCode}/returned")
  ResponseEntity<String> returned(@PathVariable String trackingCode) throws Exception {
    return report(trackingCode, "RETURNED");
  }

  private ResponseEntity<String> report(String trackingCode, String status) throws Exception {
    byte[] body =
        objectMapper
            .writeValueAsString(Map.of("trackingCode", trackingCode, "status", status))
            .getBytes(StandardCharsets.UTF_8);
    return http.obtain()
        .post()
        .uri(urls.resolve("/api/v1/postal/callback"))
        .contentType(MediaType.APPLICATION_JSON)
        .header(PostalSigner.HEADER, signer.sign(body))
        .body(body)
        .exchange(
            (request, response) ->
                ResponseEntity.status(response.getStatusCode())
                    .body(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }
}
