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
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.interop.inbound.NationalPortalSignature;
import vn.motcua.shared.HttpClients;
import vn.motcua.shared.PublicUrls;
import vn.motcua.shared.SimplePage;
import vn.motcua.shared.VietnameseTexts;

/**
 * The national portal's sending side in the demo: signs a dossier with the shared secret and posts
 * it to {@code /api/interop/v1/dossiers}, answering what our endpoint answered. The page offers
 * samples to edit and send, each with a fresh national id and recent dates: a birth registration,
 * and the two interlinked groups as the interlinked-service software sends them (group A: birth,
 * residence, health-insurance card; group B: death, deletion of residence, funeral allowance);
 * {@code POST /sandbox/national-portal/dossiers} sends any JSON body as it is, from a script.
 */
@RestController
@RequestMapping("/sandbox/national-portal")
@ConditionalOnProperty(name = "motcua.national-portal.sandbox.enabled", havingValue = "true")
class SandboxNationalPortalSender {

  static final String INBOUND = "/api/interop/v1/dossiers";

  /** The samples, by name: {@code demo/national-portal/<name>.json}. */
  static final List<String> SAMPLES =
      List.of("birth-registration", "interlinked-birth", "interlinked-death");

  /** Dates a sample keeps recent, in days before today: a birth or death is registered on time. */
  private static final Map<String, Integer> RECENT = Map.of("childBirthDate", 10, "deathDate", 2);

  private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("yyMMdd");

  private final NationalPortalSignature signature;
  private final ObjectMapper objectMapper;
  private final PublicUrls urls;

  /** Made at its first request ({@link HttpClients#onFirstRequest}). */
  private final SingletonSupplier<RestClient> http;

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
    this.http = HttpClients.onFirstRequest(http);
    this.clock = clock;
  }

  /** What the portal answered: its status and body. */
  record Answer(int status, String body) {}

  @GetMapping(produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String page(@RequestParam(name = "sample", defaultValue = "birth-registration") String name)
      throws IOException {
    return form(
        name, objectMapper.writerWithDefaultPrettyPrinter().writeValueAsString(sample(name)));
  }

  /**
   * A fresh sample dossier at Lam Thanh, with its certificate as a PDF: {@code birth-registration}
   * (the default), {@code interlinked-birth} or {@code interlinked-death}.
   */
  @GetMapping(value = "/sample", produces = MediaType.APPLICATION_JSON_VALUE)
  JsonNode sample(@RequestParam(name = "sample", defaultValue = "birth-registration") String name)
      throws IOException {
    if (!SAMPLES.contains(name)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no sample " + name);
    }
    ObjectNode dossier;
    try (InputStream in =
        new ClassPathResource("demo/national-portal/" + name + ".json").getInputStream()) {
      dossier = (ObjectNode) objectMapper.readTree(in);
    }
    LocalDate today = LocalDate.now(clock);
    dossier.put(
        "nationalId", "G22.99-%s-%06d".formatted(ID_DATE.format(today), random.nextInt(1_000_000)));
    ObjectNode formData = (ObjectNode) dossier.path("formData");
    RECENT.forEach(
        (field, daysAgo) -> {
          if (formData.has(field)) {
            formData.put(field, today.minusDays(daysAgo).toString());
          }
        });
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
    return http.obtain()
        .post()
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

  private String form(String chosen, String json) {
    StringBuilder samples = new StringBuilder("<p>").append(text("sandbox.nationalPortal.samples"));
    for (String name : SAMPLES) {
      String label = SimplePage.escape(text("sandbox.nationalPortal.sample." + name));
      samples
          .append(' ')
          .append(
              name.equals(chosen)
                  ? "<strong>" + label + "</strong>"
                  : "<a href=\"/sandbox/national-portal?sample=" + name + "\">" + label + "</a>");
    }
    return SimplePage.html(
        text("sandbox.nationalPortal.title"),
        """
        <p>%s</p>%s</p><form method="post" action="/sandbox/national-portal">
        <textarea name="dossier" rows="30" cols="100">%s</textarea>
        <p><button>%s</button></p></form>"""
            .formatted(
                SimplePage.escape(VietnameseTexts.text("sandbox.nationalPortal.intro", INBOUND)),
                samples,
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
