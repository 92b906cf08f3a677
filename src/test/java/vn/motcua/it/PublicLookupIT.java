package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.it.Declarations.BINH_CITIZEN_ID;
import static vn.motcua.it.Declarations.BINH_PHONE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.notification.Outbox;
import vn.motcua.notification.OutboxMessage;

/**
 * The public look-up as anyone reaches it, without signing in: by dossier code, and by citizen ID
 * with the one-time code the SMS sandbox "sent". Each test is its own client: the limits are per
 * client address, which Tomcat takes from X-Forwarded-For when the caller is a local proxy (as the
 * test client is), with {@code server.forward-headers-strategy=native} as behind a real proxy. The
 * limits refill slowly here (20 per hour, 3 per 15 minutes) so that no token comes back while a
 * test runs, however slow the machine.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:lookup;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents"
    })
@ActiveProfiles("demo")
@DirtiesContext
@LookupLimitsPerClient
class PublicLookupIT {

  static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");
  static final AtomicInteger CLIENTS = new AtomicInteger();
  static String receivedCode;

  @Autowired TestRestTemplate rest;

  @Autowired Outbox outbox;

  @Autowired JdbcTemplate jdbc;

  ApiClient api;
  String client;

  @BeforeEach
  void newClient() {
    api = new ApiClient(rest);
    client = "203.0.113." + CLIENTS.incrementAndGet();
  }

  /**
   * Trần Thị Bình's judicial-record request, received by the provincial centre: two stages so far.
   */
  String receivedDossier() {
    if (receivedCode == null) {
      receivedCode = api.receivedJudicialRecord("citizen2");
    }
    return receivedCode;
  }

  ResponseEntity<JsonNode> get(String from, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", from);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
  }

  ResponseEntity<JsonNode> lookUp(String code) {
    return get(client, "/api/v1/lookup?code=" + code);
  }

  ResponseEntity<JsonNode> requestCode(String from, String citizenId) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", from);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(
        "/api/v1/lookup/citizen-id-requests",
        HttpMethod.POST,
        new HttpEntity<>(Map.of("citizenId", citizenId), headers),
        JsonNode.class);
  }

  ResponseEntity<JsonNode> withCode(String requestId, String otp) {
    return get(
        client,
        "/api/v1/lookup/citizen-id-requests/" + requestId + (otp == null ? "" : "?otp=" + otp));
  }

  static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static String otpIn(OutboxMessage sms) {
    Matcher m = SIX_DIGITS.matcher(sms.body());
    assertThat(m.find()).as("a 6-digit code in: " + sms.body()).isTrue();
    return m.group(1);
  }

  static String otherThan(String otp) {
    return otp.equals("000000") ? "111111" : "000000";
  }

  long lastOutboxId() {
    List<OutboxMessage> last = outbox.recent(1);
    return last.isEmpty() ? 0 : last.get(0).id();
  }

  @Test
  void aDossierCode_showsProgress_toAnyone_withTheNameMasked_andNoActorsNotesOrIds() {
    String code = receivedDossier();
    ResponseEntity<JsonNode> response = lookUp(code);

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    JsonNode d = response.getBody();
    assertThat(d.path("code").asText()).isEqualTo(code);
    assertThat(d.path("procedure").path("code").asText()).isEqualTo("3.000333");
    assertThat(d.path("procedure").path("name").asText()).contains("lý lịch tư pháp");
    assertThat(d.path("applicantName").asText()).isEqualTo("Trần T** B***");
    assertThat(d.path("receivedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    assertThat(d.path("receivedDate").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
    assertThat(d.path("appointmentAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    assertThat(d.path("appointmentDate").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
    assertThat(d.path("status").path("nationalCode").asInt()).isEqualTo(2);
    assertThat(d.path("status").path("nationalLabel").asText()).isEqualTo("Được tiếp nhận");
    assertThat(d.path("status").path("label").asText()).isEqualTo("Đã tiếp nhận");
    List<String> stages = new ArrayList<>();
    d.path("stages")
        .forEach(
            s ->
                stages.add(
                    s.path("status").path("nationalCode").asInt()
                        + " "
                        + s.path("status").path("label").asText()));
    assertThat(stages).containsExactly("1 Mới đăng ký", "2 Đã tiếp nhận");
    assertThat(fieldNames(d.path("stages").get(0))).containsExactly("at", "status", "time");
    assertThat(d.path("stages").get(0).path("time").asText())
        .matches("\\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4}");

    String body = d.toString();
    assertThat(body)
        .doesNotContain(
            BINH_CITIZEN_ID,
            BINH_PHONE,
            "Trần Thị Bình",
            "TRẦN THỊ BÌNH",
            "mc.tinh",
            "citizen2",
            "actor",
            "note",
            "formData");
    assertThat(lookUp(code.toLowerCase()).getBody().path("code").asText())
        .as("codes are read case-blind")
        .isEqualTo(code);
  }

  @Test
  void anUnknownCode_is404_andEveryMissLooksTheSame() {
    ResponseEntity<JsonNode> wellFormed = lookUp("000.00.04.H40-261126-9999");
    ResponseEntity<JsonNode> garbage = lookUp("xyz");
    ResponseEntity<JsonNode> none = get(client, "/api/v1/lookup");

    for (ResponseEntity<JsonNode> miss : List.of(wellFormed, garbage, none)) {
      assertThat(miss.getStatusCode().value()).isEqualTo(404);
      assertThat(miss.getHeaders().getContentType()).hasToString("application/problem+json");
      assertThat(fieldNames(miss.getBody()))
          .containsExactly("detail", "instance", "status", "title", "type");
      assertThat(miss.getBody().path("title").asText()).isEqualTo("Không tìm thấy hồ sơ");
    }
    assertThat(garbage.getBody()).isEqualTo(wellFormed.getBody());
    assertThat(none.getBody()).isEqualTo(wellFormed.getBody());
    assertThat(wellFormed.getBody().path("detail").asText())
        .contains("giấy tiếp nhận")
        .doesNotContain("9999");
  }

  @Test
  void guessingCodes_isStoppedAfterTwenty_with429_andRetryAfter_forThatClientOnly() {
    for (int i = 1; i <= 20; i++) {
      assertThat(lookUp("000.00.04.H40-261126-%04d".formatted(1000 + i)).getStatusCode().value())
          .as("guess " + i)
          .isEqualTo(404);
    }
    ResponseEntity<JsonNode> limited = lookUp("000.00.04.H40-261126-1021");

    assertThat(limited.getStatusCode().value()).isEqualTo(429);
    long retryAfter = Long.parseLong(limited.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
    assertThat(retryAfter).isBetween(1L, 180L);
    assertThat(limited.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(limited.getBody().path("title").asText()).isEqualTo("Quá nhiều yêu cầu tra cứu");
    assertThat(limited.getBody().path("detail").asText())
        .contains("Vui lòng thử lại sau " + retryAfter + " giây");
    assertThat(limited.getBody().path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
    assertThat(lookUp(receivedDossier()).getStatusCode().value())
        .as("even a real code, for that client")
        .isEqualTo(429);

    assertThat(
            get("198.51.100.7", "/api/v1/lookup?code=" + receivedDossier()).getStatusCode().value())
        .as("another client")
        .isEqualTo(200);
  }

  @Test
  void byCitizenId_theListOpensOnlyWithTheCodeSentBySms_once() {
    String dossier = receivedDossier();
    ResponseEntity<JsonNode> sent = requestCode(client, BINH_CITIZEN_ID);

    assertThat(sent.getStatusCode().value()).isEqualTo(202);
    String requestId = sent.getBody().path("requestId").asText();
    assertThat(sent.getBody().path("maskedPhone").asText()).isEqualTo("09******21");
    assertThat(sent.getBody().path("message").asText())
        .contains("09******21")
        .doesNotContain(BINH_PHONE);
    assertThat(sent.getHeaders().getLocation())
        .hasToString("/api/v1/lookup/citizen-id-requests/" + requestId);
    OutboxMessage sms = outbox.latestTo(BINH_PHONE).orElseThrow();
    assertThat(sms.channel()).isEqualTo(OutboxMessage.Channel.SMS);
    assertThat(sms.reference()).isEqualTo("lookup:" + requestId);
    String otp = otpIn(sms);

    ResponseEntity<JsonNode> noCode = withCode(requestId, null);
    assertThat(noCode.getStatusCode().value()).isEqualTo(401);
    assertThat(noCode.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(noCode.getBody().path("title").asText()).isEqualTo("Cần mã xác thực");
    assertThat(noCode.getBody().path("reason").asText()).isEqualTo("MISSING");
    assertThat(noCode.getBody().toString()).doesNotContain(dossier);

    ResponseEntity<JsonNode> wrongCode = withCode(requestId, otherThan(otp));
    assertThat(wrongCode.getStatusCode().value()).isEqualTo(403);
    assertThat(wrongCode.getBody().path("reason").asText()).isEqualTo("WRONG");
    assertThat(wrongCode.getBody().path("detail").asText())
        .isEqualTo("Mã xác thực không đúng. Vui lòng kiểm tra lại tin nhắn SMS.");
    assertThat(wrongCode.getBody().toString()).doesNotContain(dossier);

    ResponseEntity<JsonNode> opened = withCode(requestId, otp);
    assertThat(opened.getStatusCode().value()).isEqualTo(200);
    assertThat(opened.getBody().isArray()).isTrue();
    JsonNode mine = null;
    for (JsonNode d : opened.getBody()) {
      if (d.path("code").asText().equals(dossier)) {
        mine = d;
      }
    }
    assertThat(mine).as("her dossier in " + opened.getBody()).isNotNull();
    assertThat(fieldNames(mine)).isEqualTo(fieldNames(lookUp(dossier).getBody()));
    assertThat(mine.path("applicantName").asText()).isEqualTo("Trần T** B***");
    assertThat(opened.getBody().toString()).doesNotContain(BINH_CITIZEN_ID, BINH_PHONE, "mc.tinh");

    ResponseEntity<JsonNode> again = withCode(requestId, otp);
    assertThat(again.getStatusCode().value()).as("single use").isEqualTo(403);
    assertThat(again.getBody().path("reason").asText()).isEqualTo("USED");

    Map<String, Object> stored =
        jdbc.queryForMap(
            "select code_hash, citizen_id from lookup_request where id = ?",
            UUID.fromString(requestId));
    assertThat((String) stored.get("code_hash")).matches("[0-9a-f]{64}").doesNotContain(otp);
    assertThat(stored.get("citizen_id")).as("forgotten once used").isNull();
  }

  @Test
  void fiveWrongCodes_lockTheRequest_evenAgainstTheRightOne() {
    receivedDossier();
    String requestId = requestCode(client, BINH_CITIZEN_ID).getBody().path("requestId").asText();
    String otp = otpIn(outbox.latestTo(BINH_PHONE).orElseThrow());
    for (int i = 1; i <= 5; i++) {
      assertThat(withCode(requestId, otherThan(otp)).getBody().path("reason").asText())
          .as("try " + i)
          .isEqualTo("WRONG");
    }
    ResponseEntity<JsonNode> sixth = withCode(requestId, otp);
    assertThat(sixth.getStatusCode().value()).isEqualTo(403);
    assertThat(sixth.getBody().path("reason").asText()).isEqualTo("TOO_MANY_ATTEMPTS");
    assertThat(sixth.getBody().path("detail").asText()).contains("yêu cầu mã mới");
  }

  @Test
  void aCitizenIdWithoutDossiers_getsTheSameAnswer_butNoSmsLeaves() {
    ResponseEntity<JsonNode> hit = requestCode(client, BINH_CITIZEN_ID);
    long before = lastOutboxId();
    ResponseEntity<JsonNode> miss = requestCode(client, "001099000001");

    assertThat(miss.getStatusCode().value()).isEqualTo(202);
    assertThat(fieldNames(miss.getBody())).isEqualTo(fieldNames(hit.getBody()));
    assertThat(miss.getBody().path("maskedPhone").asText()).matches("0[35789]\\*{6}\\d{2}");
    assertThat(miss.getBody().path("message").asText())
        .isEqualTo(
            hit.getBody()
                .path("message")
                .asText()
                .replace(
                    hit.getBody().path("maskedPhone").asText(),
                    miss.getBody().path("maskedPhone").asText()));
    assertThat(lastOutboxId()).as("nothing sent").isEqualTo(before);
    ResponseEntity<JsonNode> guess = withCode(miss.getBody().path("requestId").asText(), "123456");
    assertThat(guess.getStatusCode().value()).isEqualTo(403);
    assertThat(guess.getBody().path("reason").asText()).isEqualTo("WRONG");
  }

  @Test
  void aMalformedCitizenId_isRefusedWithWhatIsWrong() {
    ResponseEntity<JsonNode> response = requestCode(client, "04019500432");
    assertThat(response.getStatusCode().value()).isEqualTo(422);
    assertThat(response.getBody().path("errors").get(0).path("field").asText())
        .isEqualTo("citizenId");
    assertThat(response.getBody().path("errors").get(0).path("message").asText())
        .contains("phải gồm đúng 12 chữ số");
  }

  @Test
  void codeRequests_areLimitedPerClient() {
    for (String id : List.of("001099000011", "001099000012", "001099000013")) {
      assertThat(requestCode(client, id).getStatusCode().value()).isEqualTo(202);
    }
    ResponseEntity<JsonNode> fourth = requestCode(client, "001099000014");
    assertThat(fourth.getStatusCode().value()).isEqualTo(429);
    assertThat(Long.parseLong(fourth.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
        .isBetween(1L, 15 * 60L);
    assertThat(fourth.getBody().path("title").asText()).isEqualTo("Quá nhiều yêu cầu tra cứu");
  }

  @Test
  void codeRequests_areLimitedPerCitizenId_fromWhereverTheyCome() {
    for (int i = 1; i <= 3; i++) {
      assertThat(requestCode("192.0.2." + i, "040090001234").getStatusCode().value())
          .isEqualTo(202);
    }
    ResponseEntity<JsonNode> fourth = requestCode("192.0.2.4", "040090001234");
    assertThat(fourth.getStatusCode().value()).isEqualTo(429);
    assertThat(fourth.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("\\d+");
    assertThat(requestCode("192.0.2.4", "040090001235").getStatusCode().value())
        .as("another ID from there")
        .isEqualTo(202);
  }
}
