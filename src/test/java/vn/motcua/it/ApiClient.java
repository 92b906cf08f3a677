package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The HTTP interface as its clients use it: the citizens' JSON API with HTTP Basic, and officers
 * completing tasks through /engine-rest with their Camunda accounts, as Tasklist or a client would.
 */
public class ApiClient {

  public static final String PASSWORD = "demo";

  /**
   * The demo citizens' ID numbers, which the one-stop officer checks when handing a result over.
   */
  public static final Map<String, String> CITIZEN_IDS =
      Map.of("citizen1", "040090001234", "citizen2", "040195004321");

  /** The hand-over form filled for the applicant in person, with their ID number. */
  public static Map<String, Object> handedToApplicant(String citizen, String name) {
    return Map.of(
        "resultHandedOver",
        true,
        "recipientKind",
        "applicant",
        "recipientName",
        name,
        "recipientIdNumber",
        CITIZEN_IDS.get(citizen));
  }

  public record File(String part, String name, String contentType, byte[] bytes) {}

  private final TestRestTemplate rest;
  private final ObjectMapper json = new ObjectMapper();

  public ApiClient(TestRestTemplate rest) {
    this.rest = rest;
  }

  public ResponseEntity<JsonNode> get(String user, String path) {
    return rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.GET, null, JsonNode.class);
  }

  /** The id of the first element of the JSON array at {@code path} (an engine query's result). */
  public String firstId(String user, String path) {
    return get(user, path).getBody().get(0).path("id").asText();
  }

  /**
   * The rows of the national portal's record (the sandbox's, on the administrators' outbox page)
   * about {@code code}: code, procedure, national status, channel, dates and the national id.
   */
  public List<String> nationalPortalPushes(String code) {
    String page = rest.withBasicAuth("admin", "demo").getForObject("/admin/outbox", String.class);
    List<String> rows = new ArrayList<>();
    Matcher row =
        Pattern.compile("<tr><td>[^<]*</td><td>" + Pattern.quote(code) + "</td>.*?</tr>")
            .matcher(page);
    while (row.find()) {
      rows.add(row.group());
    }
    return rows;
  }

  public ResponseEntity<JsonNode> getAnonymous(String path) {
    return rest.exchange(path, HttpMethod.GET, null, JsonNode.class);
  }

  public ResponseEntity<JsonNode> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  public ResponseEntity<JsonNode> put(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD)
        .exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class);
  }

  public ResponseEntity<JsonNode> submit(
      String user, Map<String, Object> dossier, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return rest.withBasicAuth(user, PASSWORD)
        .exchange(
            "/api/v1/dossiers",
            HttpMethod.POST,
            new HttpEntity<>(dossier, headers),
            JsonNode.class);
  }

  /** Submits the dossier and gives back its code, as the answer carries it. */
  public String submitCode(String user, Map<String, Object> dossier) {
    return submit(user, dossier, null).getBody().path("code").asText();
  }

  /**
   * {@code citizen}'s level-4 birth registration at Lâm Thành with its birth certificate, result by
   * e-mail, expecting it accepted; answers its code.
   */
  public String submitOnlineBirthRegistration(String citizen) {
    ResponseEntity<JsonNode> submitted =
        submitWithFiles(
            citizen,
            Declarations.birthRegistration(4, "ELECTRONIC", 10),
            List.of(Declarations.birthCertificate()),
            null);
    assertThat(submitted.getStatusCode().value())
        .as(String.valueOf(submitted.getBody()))
        .isEqualTo(201);
    return submitted.getBody().path("code").asText();
  }

  public ResponseEntity<JsonNode> submitWithFiles(
      String user, Map<String, Object> dossier, List<File> files, String idempotencyKey) {
    return multipart(user, "/api/v1/dossiers", "dossier", dossier, files, idempotencyKey);
  }

  public ResponseEntity<JsonNode> supplementWithFiles(
      String user, String code, Map<String, Object> supplement, List<File> files) {
    return multipart(
        user, "/api/v1/dossiers/" + code + "/supplement", "supplement", supplement, files, null);
  }

  private ResponseEntity<JsonNode> multipart(
      String user,
      String path,
      String jsonPart,
      Map<String, Object> body,
      List<File> files,
      String idempotencyKey) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders jsonHeaders = new HttpHeaders();
    jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
    parts.add(jsonPart, new HttpEntity<>(body, jsonHeaders));
    for (File file : files) {
      parts.add(file.part(), filePart(file.part(), file));
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return rest.withBasicAuth(user, PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
  }

  /** Puts a document into the applicant's e-document repository. */
  public ResponseEntity<JsonNode> uploadDocument(String user, String type, File file) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("type", type);
    parts.add("file", filePart("file", file));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, PASSWORD)
        .exchange(
            "/api/v1/documents", HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
  }

  /** A file of a deployment, under the name Modeler sends it by. */
  public static HttpEntity<Resource> deploymentPart(String name, Resource file) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    headers.setContentDisposition(ContentDisposition.formData().name(name).filename(name).build());
    return new HttpEntity<>(file, headers);
  }

  /** Posts a deployment to the engine, its name and resources in {@code parts}. */
  public ResponseEntity<JsonNode> deploy(String user, MultiValueMap<String, Object> parts) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, PASSWORD)
        .exchange(
            "/engine-rest/deployment/create",
            HttpMethod.POST,
            new HttpEntity<>(parts, headers),
            JsonNode.class);
  }

  private static HttpEntity<ByteArrayResource> filePart(String part, File file) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(file.contentType()));
    headers.setContentDisposition(
        ContentDisposition.formData().name(part).filename(file.name()).build());
    return new HttpEntity<>(
        new ByteArrayResource(file.bytes()) {
          @Override
          public String getFilename() {
            return file.name();
          }
        },
        headers);
  }

  /**
   * Pays a level-4 dossier's fee as a citizen does: opens the gateway's page, presses the button
   * ({@code success}, {@code cancel}, or {@code success-without-ipn} for a lost callback), and
   * comes back. Answers the page the citizen lands on.
   */
  public String payOnline(String user, String code, String outcome) {
    return payOnline(user, code, outcome, true);
  }

  /**
   * As {@link #payOnline(String, String, String)}; without {@code comeBack} the citizen closes the
   * browser at the gateway.
   */
  public String payOnline(String user, String code, String outcome, boolean comeBack) {
    ResponseEntity<JsonNode> checkout =
        post(user, "/api/v1/dossiers/" + code + "/payment/checkout", Map.of());
    assertThat(checkout.getStatusCode().value())
        .as("checkout " + checkout.getBody())
        .isEqualTo(200);
    String url = checkout.getBody().path("checkoutUrl").asText();
    ResponseEntity<String> page = rest.getForEntity(URI.create(url), String.class);
    assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(200);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    UriComponentsBuilder.fromUriString(url)
        .build()
        .getQueryParams()
        .forEach(
            (name, values) ->
                form.add(name, URLDecoder.decode(values.get(0), StandardCharsets.US_ASCII)));
    form.add("outcome", outcome);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> paid =
        rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
            .exchange(
                "/sandbox/vnpay/pay",
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                String.class);
    assertThat(paid.getStatusCode().value())
        .as("the gateway sends the browser back")
        .isEqualTo(302);
    if (!comeBack) {
      return paid.getHeaders().getLocation().toString();
    }
    ResponseEntity<String> back = rest.getForEntity(paid.getHeaders().getLocation(), String.class);
    assertThat(back.getStatusCode().value()).isEqualTo(200);
    return back.getBody();
  }

  public JsonNode dossier(String user, String code) {
    ResponseEntity<JsonNode> response = get(user, "/api/v1/dossiers/" + code);
    assertThat(response.getStatusCode().value()).as("GET dossier " + code).isEqualTo(200);
    return response.getBody();
  }

  /**
   * The notes of the dossier's timeline as an officer of an agency that works it reads them (the
   * officer's page, the last table), the agency's own work included.
   */
  public List<String> officerTimelineNotes(String officer, String code) {
    ResponseEntity<String> page =
        rest.withBasicAuth(officer, PASSWORD).getForEntity("/can-bo/ho-so/" + code, String.class);
    assertThat(page.getStatusCode().value()).as("the officer's page of " + code).isEqualTo(200);
    String timeline = page.getBody().substring(page.getBody().lastIndexOf("<tbody>"));
    List<String> notes = new ArrayList<>();
    Matcher row =
        Pattern.compile(
                "<tr><td>.*?</td><td>.*?</td><td>.*?</td><td>(.*?)</td></tr>", Pattern.DOTALL)
            .matcher(timeline);
    while (row.find()) {
      notes.add(HtmlUtils.htmlUnescape(row.group(1)));
    }
    return notes;
  }

  public String status(String user, String code) {
    return dossier(user, code).path("status").path("value").asText();
  }

  public JsonNode awaitStatus(String user, String code, String status) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(() -> assertThat(status(user, code)).isEqualTo(status));
    return dossier(user, code);
  }

  /** The tasks of a dossier that {@code officer} can see in Tasklist. */
  public List<JsonNode> tasks(String officer, String code) {
    ResponseEntity<JsonNode> response =
        get(officer, "/engine-rest/task?processInstanceBusinessKey=" + code + "&maxResults=50");
    assertThat(response.getStatusCode().value()).as("task list of " + officer).isEqualTo(200);
    List<JsonNode> tasks = new ArrayList<>();
    response.getBody().forEach(tasks::add);
    return tasks;
  }

  /**
   * Also finds tasks of the called payment and delivery processes, which carry the same business
   * key.
   */
  public JsonNode awaitTask(String officer, String code, String taskDefinitionKey) {
    List<JsonNode> found = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              found.clear();
              tasks(officer, code).stream()
                  .filter(t -> t.path("taskDefinitionKey").asText().equals(taskDefinitionKey))
                  .forEach(found::add);
              return !found.isEmpty();
            });
    return found.get(0);
  }

  public ResponseEntity<JsonNode> complete(
      String officer, String taskId, Map<String, Object> variables) {
    Map<String, Object> vars = new LinkedHashMap<>();
    variables.forEach((name, value) -> vars.put(name, Map.of("value", value)));
    return post(officer, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", vars));
  }

  /** Completes the officer's task of that kind, expecting the engine to accept it. */
  public void completeTask(
      String officer, String code, String taskDefinitionKey, Map<String, Object> variables) {
    JsonNode task = awaitTask(officer, code, taskDefinitionKey);
    ResponseEntity<JsonNode> response = complete(officer, task.path("id").asText(), variables);
    assertThat(response.getStatusCode().value())
        .as(officer + " completes " + taskDefinitionKey + ": " + response.getBody())
        .isEqualTo(204);
  }

  public JsonNode readJson(String text) throws Exception {
    return json.readTree(text);
  }

  /**
   * A level-3 judicial-record request of {@code citizen}, received by the provincial centre (two
   * status steps so far).
   */
  public String receivedJudicialRecord(String citizen) {
    ResponseEntity<JsonNode> submitted =
        submit(citizen, Declarations.judicialRecord(3, "COUNTER", "standard", 2), null);
    assertThat(submitted.getStatusCode().value())
        .as(String.valueOf(submitted.getBody()))
        .isEqualTo(201);
    String code = submitted.getBody().path("code").asText();
    completeTask(
        "mc.tinh",
        code,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "accept", "identityChecked", true));
    awaitStatus(citizen, code, "RECEIVED");
    return code;
  }

  /** Lâm Thành's one-stop desk asks the applicant for a supplement, for that reason. */
  public void requestSupplement(String code, String reason) {
    completeTask(
        "mc.lamthanh",
        code,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "supplement", "receiveReason", reason));
  }

  /**
   * Walks a submitted birth registration through the three officers' stages at Lâm Thành: the
   * one-stop desk receives it, the officer proposes, the leader approves.
   */
  public void approveBirthRegistration(String code) {
    completeTask(
        "mc.lamthanh", code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    completeTask(
        "cv.lamthanh", code, USER_TASK_ASSESS_DOSSIER, Map.of("assessDecision", "propose"));
    completeTask(
        "ld.lamthanh", code, USER_TASK_APPROVE_DOSSIER, Map.of("approveDecision", "approve"));
  }

  /**
   * Walks a submitted judicial-record dossier through the three officers' stages: the provincial
   * centre receives it, the police officer proposes (no criminal record found), their leader
   * approves.
   */
  public void approveJudicialRecord(String code) {
    completeTask(
        "mc.tinh",
        code,
        USER_TASK_RECEIVE_DOSSIER,
        Map.of("receiveDecision", "accept", "identityChecked", true));
    completeTask(
        "cv.congan",
        code,
        USER_TASK_ASSESS_DOSSIER,
        Map.of("assessDecision", "propose", "criminalRecordFinding", "none"));
    completeTask(
        "ld.congan", code, USER_TASK_APPROVE_DOSSIER, Map.of("approveDecision", "approve"));
  }
}
