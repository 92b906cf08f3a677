package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.workflow.ProcessElements.USER_TASK_HANDLE_RETURNED_PARCEL;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.motcua.delivery.post.PostalSigner;

/**
 * Results by public post: an address the carrier cannot use is refused at submission, a forged
 * carrier report changes nothing, and a parcel returned to sender becomes a task for the one-stop
 * desk.
 */
@IntegrationTest
class PostalIT {

  @Autowired TestRestTemplate rest;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  /**
   * A free judicial-record dossier sent by post, through the officers' stages: the parcel is on its
   * way.
   */
  String dispatched() {
    String code = api.submitCode("citizen2", Declarations.judicialRecord(4, "POST", "exempt", 2));
    api.approveJudicialRecord(code);
    api.awaitStatus("citizen2", code, "DISPATCHED");
    return code;
  }

  String tracking(String code) {
    return api.get("citizen2", "/api/v1/dossiers/" + code + "/delivery")
        .getBody()
        .path("trackingCode")
        .asText();
  }

  ResponseEntity<String> callback(String body, String signature) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (signature != null) {
      headers.set(PostalSigner.HEADER, signature);
    }
    return rest.postForEntity(
        "/api/v1/postal/callback", new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void anAddressWithoutCommuneOrProvince_isRefusedAtSubmission() {
    Map<String, Object> dossier = Declarations.judicialRecord(4, "POST", "exempt", 2);
    dossier.put("deliveryAddress", "Số 5 đường Lê Lợi, Vinh");
    ResponseEntity<JsonNode> refused = api.submit("citizen2", dossier, null);
    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(refused.getBody().path("errors").toString())
        .contains("deliveryAddress")
        .contains("address.commune")
        .contains("ghi rõ xã, phường hoặc đặc khu");
  }

  @Test
  void aCarrierReportWithABadSignature_changesNothing() {
    String code = dispatched();
    String body = "{\"trackingCode\":\"" + tracking(code) + "\",\"status\":\"DELIVERED\"}";
    assertThat(
            callback(
                    body,
                    new PostalSigner("not-the-carrier-secret")
                        .sign(body.getBytes(StandardCharsets.UTF_8)))
                .getStatusCode()
                .value())
        .isEqualTo(401);
    assertThat(callback(body, null).getStatusCode().value()).isEqualTo(401);
    String tampered = body.replace("DELIVERED", "RETURNED");
    String signedOriginal =
        new PostalSigner("SANDBOX-SECRET-CHANGE-ME").sign(body.getBytes(StandardCharsets.UTF_8));
    assertThat(callback(tampered, signedOriginal).getStatusCode().value())
        .as("a signature covers the exact body")
        .isEqualTo(401);
    assertThat(api.status("citizen2", code)).isEqualTo("DISPATCHED");
    assertThat(api.tasks("mc.tinh", code)).isEmpty();
  }

  @Test
  void aReturnedParcel_becomesATaskForTheOneStopDesk_thenIsHandedOver() {
    String code = dispatched();
    assertThat(
            rest.postForEntity("/sandbox/post/" + tracking(code) + "/returned", null, String.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);
    api.completeTask(
        "mc.tinh",
        code,
        USER_TASK_HANDLE_RETURNED_PARCEL,
        Map.of(
            "resultHandedOver",
            true,
            "recipientKind",
            "applicant",
            "recipientName",
            "Trần Thị Bình",
            "recipientIdNumber",
            ApiClient.CITIZEN_IDS.get("citizen2"),
            "returnNote",
            "Gọi điện, công dân đến nhận"));
    JsonNode delivered = api.awaitStatus("citizen2", code, "DELIVERED");
    assertThat(DossierLifecycleScenarios.notes(delivered))
        .anyMatch(n -> n.contains("người nhận Trần Thị Bình"));
    assertThat(
            rest.postForEntity("/sandbox/post/" + tracking(code) + "/delivered", null, String.class)
                .getStatusCode()
                .value())
        .as("a late report after the hand-over is accepted and changes nothing")
        .isEqualTo(200);
    assertThat(api.status("citizen2", code)).isEqualTo("DELIVERED");
    assertThat(List.of(api.dossier("citizen2", code).path("timeline").size())).isNotEmpty();
  }
}
