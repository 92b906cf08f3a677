package vn.motcua.interop.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import vn.motcua.interop.inbound.NationalPortalSignature;
import vn.motcua.shared.PublicUrls;
import vn.motcua.shared.SimplePage;
import vn.motcua.shared.VietnameseTexts;

/**
 * The national portal's sending side in the demo: signs a dossier with the shared secret and posts
 * it to {@code /api/interop/v1/dossiers}, answering what our endpoint answered. The page offers a
 * sample birth registration (a fresh national id and a child born ten days ago each time) to edit
 * and send; {@code POST /sandbox/national-portal/dossiers} sends any JSON body as it is, so any
 * procedure, interlinked groups included, can be sent from a script.
 */
@RestController
@RequestMapping("/sandbox/national-portal")
@ConditionalOnProperty(name = "motcua.national-portal.sandbox.enabled", havingValue = "true")
class SandboxNationalPortalSender {

  static final String INBOUND = "/api/interop/v1/dossiers";
  private static final String SAMPLE = "demo/national-portal-birth-registration.json";
  private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("yyMMdd");

  private final NationalPortalSignature signature;
  private final ObjectMapper objectMapper;
  private final PublicUrls urls;
  private final RestClient http;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  SandboxNationalPortalSender(
      @Value("${motcua.national-portal.inbound-secret}") String secret,
      ObjectMapper objectMapper,
      PublicUrls urls,
      RestClient.Builder http,
      Clock clock) {
    this.signature = new NationalPortalSignature(secret);
    this.objectMapper = objectMapper;
    this.urls = urls;
    this.http = http.build();
    this.clock = clock;
  }

  /** What the portal answered: its status and body. */
  record Answer(int status, String body) {}

  @GetMapping(produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String page() throws IOException {
    return form(objectMapper.writerWithDefaultPrettyPrinter().writeValueAsString(sample()));
  }

  /** A fresh sample dossier: a birth registration at Lam Thanh with a birth certificate PDF. */
  @GetMapping(value = "/sample", produces = MediaType.APPLICATION_JSON_VALUE)
  JsonNode sample() throws IOException {
    ObjectNode dossier;
    try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
      dossier = (ObjectNode) objectMapper.readTree(in);
    }
    LocalDate today = LocalDate.now(clock);
    dossier.put(
        "nationalId", "G22.99-%s-%06d".formatted(ID_DATE.format(today), random.nextInt(1_000_000)));
    ((ObjectNode) dossier.path("formData")).put("childBirthDate", today.minusDays(10).toString());
    return dossier;
  }

  /** The page's form: sends the (possibly edited) JSON, shows the answer. */
  @PostMapping(
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String sendFromPage(@RequestParam("dossier") String dossier) {
    Answer answer = send(dossier.getBytes(StandardCharsets.UTF_8));
    return SimplePage.html(
        text("sandbox.nationalPortal.title"),
        "<h2>%s</h2><pre>%s</pre><p><a href=\"/sandbox/national-portal\">%s</a></p>"
            .formatted(
                SimplePage.escape(
                    VietnameseTexts.text(
                        "sandbox.nationalPortal.answer", String.valueOf(answer.status()))),
                SimplePage.escape(pretty(answer.body())),
                SimplePage.escape(text("sandbox.nationalPortal.again"))));
  }

  /** Sends the body as it is, signed; answers our endpoint's status and body. */
  @PostMapping(
      value = "/dossiers",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> sendJson(@RequestBody byte[] dossier) {
    Answer answer = send(dossier);
    return ResponseEntity.status(answer.status())
        .contentType(MediaType.APPLICATION_JSON)
        .body(answer.body());
  }

  private Answer send(byte[] body) {
    return http.post()
        .uri(urls.resolve(INBOUND))
        .contentType(MediaType.APPLICATION_JSON)
        .header(NationalPortalSignature.HEADER, signature.sign(body))
        .body(body)
        .exchange(
            (request, response) ->
                new Answer(
                    response.getStatusCode().value(),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  private String form(String json) {
    return SimplePage.html(
        text("sandbox.nationalPortal.title"),
        """
        <p>%s</p><form method="post" action="/sandbox/national-portal">
        <textarea name="dossier" rows="30" cols="100">%s</textarea>
        <p><button>%s</button></p></form>"""
            .formatted(
                SimplePage.escape(VietnameseTexts.text("sandbox.nationalPortal.intro", INBOUND)),
                SimplePage.escape(json),
                SimplePage.escape(text("sandbox.nationalPortal.send"))));
  }

  private String pretty(String body) {
    try {
      return objectMapper
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(objectMapper.readTree(body));
    } catch (IOException | RuntimeException notJson) {
      return body;
    }
  }

  private static String text(String key) {
    return VietnameseTexts.text(key);
  }
}
