package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.ProcessElements.USER_TASK_APPROVE_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_ASSESS_DOSSIER;
import static vn.motcua.workflow.ProcessElements.USER_TASK_COLLECT_COUNTER_PAYMENT;
import static vn.motcua.workflow.ProcessElements.USER_TASK_HAND_OVER_RESULT;
import static vn.motcua.workflow.ProcessElements.USER_TASK_RECEIVE_DOSSIER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Each of the seven procedures added to the catalogue, from a citizen's submission through the API
 * to the result in their hands: a filled declaration ({@link CatalogueDeclarations}) with the
 * documents the procedure asks for, the fee its rule gives, then the officers of each stage as
 * Tasklist shows them the task (the receiving unit's one-stop desk, the resolving agency's
 * specialist and leader), the payment online at level 4 or at the counter at level 3, and the
 * delivery the citizen chose; the document the procedure issues, with its title, kept as a sample
 * ({@link Samples}).
 */
@IntegrationTest
class CatalogueProceduresIT {

  /** Where a dossier comes in and who resolves it, by their demo officers. */
  record Officers(String oneStop, String specialist, String leader) {}

  static final Officers LAM_THANH = new Officers("mc.lamthanh", "cv.lamthanh", "ld.lamthanh");

  /** Lâm Thành's commune police resolve; the commune's one-stop desk receives, collects, hands. */
  static final Officers LAM_THANH_POLICE =
      new Officers("mc.lamthanh", "cv.congan.lamthanh", "ld.congan.lamthanh");

  /**
   * One procedure's journey: the dossier as submitted, its files, the identity document the
   * population database gives instead of an upload, the fee its rule gives, who resolves it, and a
   * specialist who must not see the assessment.
   */
  record Journey(
      String name,
      String code,
      int level,
      String deliveryMethod,
      Map<String, Object> formData,
      List<ApiClient.File> files,
      String lookedUp,
      long fee,
      String resolvingAgency,
      Officers officers,
      String notTheSpecialist) {

    @Override
    public String toString() {
      return name;
    }

    Map<String, Object> dossier() {
      Map<String, Object> dossier = new HashMap<>();
      dossier.put("procedureCode", code);
      dossier.put("level", level);
      dossier.put("resolvingAgency", resolvingAgency);
      dossier.put("deliveryMethod", deliveryMethod);
      if ("POST".equals(deliveryMethod)) {
        dossier.put("deliveryAddress", "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An");
      }
      dossier.put("formData", formData);
      dossier.put(
          "components",
          files.stream()
              .map(f -> Map.of("requirementCode", requirement(f.part()), "file", f.part()))
              .toList());
      return dossier;
    }
  }

  static ApiClient.File pdf(String part, String name) {
    return new ApiClient.File(part, name, "application/pdf", Declarations.PDF);
  }

  /** The part names are the requirement codes in camel case. */
  static String requirement(String part) {
    return part.replaceAll("([A-Z])", "_$1").toUpperCase();
  }

  static Stream<Journey> journeys() {
    Map<String, Object> signature = CatalogueDeclarations.signature();
    signature.put("documentCount", 3);
    return Stream.of(
        new Journey(
            "death registration, level 4, two extracts, paid online, delivered electronically",
            "1.000656",
            4,
            "ELECTRONIC",
            CatalogueDeclarations.death(),
            List.of(pdf("deathNotice", "giay-bao-tu.pdf")),
            "APPLICANT_IDENTITY",
            // registered within 15 days of the death: no fee, only the two extracts at 8.000
            16_000,
            "lamthanh",
            LAM_THANH,
            "cv.hungnguyen"),
        new Journey(
            "marital status confirmation, level 3, paid and handed over at the counter",
            "1.004873",
            3,
            "COUNTER",
            CatalogueDeclarations.maritalStatus(),
            List.of(),
            "APPLICANT_IDENTITY",
            10_000,
            "lamthanh",
            LAM_THANH,
            "cv.congan.lamthanh"),
        new Journey(
            "civil status extract copy, level 4, three copies, paid online, sent by post",
            "2.000635",
            4,
            "POST",
            CatalogueDeclarations.extract(),
            List.of(),
            "APPLICANT_IDENTITY",
            24_000,
            "lamthanh",
            LAM_THANH,
            "cv.hungnguyen"),
        new Journey(
            "certified copy, level 3, five pages twice, paid and handed over at the counter",
            "2.000815",
            3,
            "COUNTER",
            CatalogueDeclarations.certifiedCopy(),
            List.of(pdf("originalScan", "bang-tot-nghiep.pdf")),
            null,
            // a copy: 2 x 2.000 + 3 x 1.000 = 7.000; two copies
            14_000,
            "lamthanh",
            LAM_THANH,
            "cv.hungnguyen"),
        new Journey(
            "signature authentication, level 3, three documents, at the counter",
            "2.000884",
            3,
            "COUNTER",
            signature,
            List.of(pdf("documentToSign", "giay-uy-quyen.pdf")),
            "SIGNER_IDENTITY",
            30_000,
            "lamthanh",
            LAM_THANH,
            "cv.hungnguyen"),
        new Journey(
            "permanent residence registration, level 3, at the commune police, result electronic",
            "1.004222",
            3,
            "ELECTRONIC",
            CatalogueDeclarations.residence(),
            List.of(pdf("rentalAgreement", "hop-dong-thue-nha.pdf")),
            "APPLICANT_IDENTITY",
            // submitted online: the online rate
            10_000,
            "ca-lamthanh",
            LAM_THANH_POLICE,
            "cv.lamthanh"),
        new Journey(
            "business household registration, level 4, paid online, delivered electronically",
            "1.001612",
            4,
            "ELECTRONIC",
            CatalogueDeclarations.business(),
            List.of(),
            "OWNER_IDENTITY",
            100_000,
            "lamthanh",
            LAM_THANH,
            "cv.congan.lamthanh"));
  }

  @Autowired TestRestTemplate rest;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void fromSubmissionToDelivered(Journey journey) throws Exception {
    String citizen = "citizen1";
    ResponseEntity<JsonNode> response =
        api.submitWithFiles(citizen, journey.dossier(), journey.files(), null);
    assertThat(response.getStatusCode().value())
        .as("submission: " + response.getBody())
        .isEqualTo(201);
    JsonNode submitted = response.getBody();
    String code = submitted.path("code").asText();
    assertThat(submitted.path("procedure").path("code").asText()).isEqualTo(journey.code());
    assertThat(submitted.path("status").path("value").asText()).isEqualTo("SUBMITTED");
    assertThat(submitted.path("level").asInt()).isEqualTo(journey.level());
    assertThat(submitted.path("deliveryMethod").asText()).isEqualTo(journey.deliveryMethod());
    assertThat(submitted.path("feeAmount").asLong()).isEqualTo(journey.fee());
    assertThat(submitted.path("receivingUnit").asText()).isEqualTo("lamthanh");
    assertThat(submitted.path("resolvingAgency").asText()).isEqualTo(journey.resolvingAgency());
    List<String> uploaded = new ArrayList<>();
    List<String> lookedUp = new ArrayList<>();
    submitted
        .path("components")
        .forEach(
            c -> {
              if (c.path("source").asText().equals("UPLOAD")) {
                uploaded.add(
                    c.path("requirementCode").asText() + " " + c.path("fileName").asText());
              } else {
                lookedUp.add(c.path("source").asText() + " " + c.path("requirementCode").asText());
              }
            });
    assertThat(uploaded)
        .containsExactlyInAnyOrderElementsOf(
            journey.files().stream().map(f -> requirement(f.part()) + " " + f.name()).toList());
    assertThat(lookedUp)
        .containsExactlyElementsOf(
            journey.lookedUp() == null
                ? List.of()
                : List.of("DATABASE_LOOKUP " + journey.lookedUp()));

    Officers officers = journey.officers();
    api.completeTask(
        officers.oneStop(), code, USER_TASK_RECEIVE_DOSSIER, Map.of("receiveDecision", "accept"));
    api.awaitStatus(citizen, code, "RECEIVED");
    api.awaitTask(officers.specialist(), code, USER_TASK_ASSESS_DOSSIER);
    assertThat(api.tasks(journey.notTheSpecialist(), code))
        .as("another agency's specialist does not see the dossier")
        .isEmpty();
    api.completeTask(
        officers.specialist(), code, USER_TASK_ASSESS_DOSSIER, Map.of("assessDecision", "propose"));
    api.completeTask(
        officers.leader(), code, USER_TASK_APPROVE_DOSSIER, Map.of("approveDecision", "approve"));

    List<String> expectedNotes = new ArrayList<>();
    if (journey.level() == 4) {
      api.awaitStatus(citizen, code, "AWAITING_PAYMENT");
      assertThat(api.payOnline(citizen, code, "success")).contains("Giao dịch thành công");
    } else {
      String receipt = "BL-2026-" + code.substring(code.length() - 4);
      api.completeTask(
          officers.oneStop(),
          code,
          USER_TASK_COLLECT_COUNTER_PAYMENT,
          Map.of("receiptNumber", receipt));
      expectedNotes.add("biên lai số " + receipt);
    }

    JsonNode delivered =
        switch (journey.deliveryMethod()) {
          case "COUNTER" -> {
            api.completeTask(
                officers.oneStop(),
                code,
                USER_TASK_HAND_OVER_RESULT,
                ApiClient.handedToApplicant(citizen, "Nguyễn Văn An"));
            expectedNotes.add("người nhận Nguyễn Văn An");
            yield api.awaitStatus(citizen, code, "DELIVERED");
          }
          case "POST" -> {
            api.awaitStatus(citizen, code, "DISPATCHED");
            String tracking =
                api.get(citizen, "/api/v1/dossiers/" + code + "/delivery")
                    .getBody()
                    .path("trackingCode")
                    .asText();
            assertThat(
                    rest.postForEntity(
                            "/sandbox/post/" + tracking + "/delivered", null, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
            expectedNotes.add("mã bưu gửi " + tracking);
            yield api.awaitStatus(citizen, code, "DELIVERED");
          }
          default -> {
            expectedNotes.add("kết quả điện tử");
            yield api.awaitStatus(citizen, code, "DELIVERED");
          }
        };

    assertThat(delivered.path("status").path("nationalCode").asInt()).isEqualTo(10);
    assertThat(delivered.path("completedAt").isNull()).isFalse();
    List<String> timeline = new ArrayList<>();
    delivered
        .path("timeline")
        .forEach(
            e ->
                timeline.add(
                    e.path("status").path("value").asText() + " " + e.path("actor").asText()));
    List<String> expected = new ArrayList<>();
    expected.add("SUBMITTED " + citizen);
    expected.add("RECEIVED " + officers.oneStop());
    expected.add("IN_APPROVAL " + officers.specialist());
    expected.add("RESULT_READY " + officers.leader());
    expected.add("AWAITING_PAYMENT he-thong");
    expected.add("RESULT_READY he-thong");
    if ("POST".equals(journey.deliveryMethod())) {
      expected.add("DISPATCHED he-thong");
    }
    expected.add(
        "DELIVERED "
            + ("COUNTER".equals(journey.deliveryMethod()) ? officers.oneStop() : "he-thong"));
    assertThat(timeline).as("each stage, by whom").containsExactlyElementsOf(expected);

    List<String> notes = DossierLifecycleScenarios.notes(delivered);
    assertThat(notes)
        .anyMatch(n -> n.startsWith("Nộp hồ sơ trực tuyến (mức độ " + journey.level() + ")"))
        .contains(
            // dots between thousands, as on a receipt: 16.000 đồng
            String.format(Locale.GERMANY, "Yêu cầu nộp phí, lệ phí: %,d đồng", journey.fee()));
    expectedNotes.forEach(note -> assertThat(notes).anyMatch(n -> n.contains(note)));
    if (journey.level() == 4) {
      assertThat(notes).anyMatch(n -> n.matches(".*trực tuyến, mã giao dịch \\d{8}.*"));
    }
    assertThat(api.tasks(officers.oneStop(), code)).as("no task left").isEmpty();

    // the procedure's own document, as issued (the leader's preview shows it once frozen)
    ResponseEntity<byte[]> issued =
        rest.withBasicAuth(officers.leader(), ApiClient.PASSWORD)
            .getForEntity("/api/v1/dossiers/" + code + "/result/preview.pdf", byte[].class);
    assertThat(issued.getStatusCode().value()).isEqualTo(200);
    Samples.result(journey.code(), issued.getBody());
  }
}
