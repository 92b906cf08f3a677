package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.payment.vnpay.VnpayProperties;
import vn.motcua.payment.vnpay.VnpaySigner;

/**
 * A level-4 dossier waiting for its fee, and the gateway's IPNs for it signed with the sandbox
 * secret as the gateway signs them. Run on H2 and on a real PostgreSQL by the subclasses, since how
 * a concurrent duplicate fails (a lock wait, an optimistic-lock conflict) is the database's.
 */
abstract class PaymentIpnScenarios {

  @Autowired TestRestTemplate rest;

  ApiClient api;
  final VnpaySigner gatewaySigner = new VnpaySigner(VnpayProperties.SANDBOX_SECRET);

  @BeforeEach
  void client() {
    api = new ApiClient(rest);
  }

  /**
   * The gateway retries an IPN it did not get 00 or 02 for, and may send several at once: one of
   * them confirms the payment, every other is told it was confirmed already, none gets 99.
   */
  @Test
  void tenConcurrentGenuineIpns_confirmOnce_theOthersGet02() throws Exception {
    String code = awaitingPayment();
    String order = openOrder(code);
    Map<String, String> genuine = ipnParams(order, 205000, "13900005", "00");
    List<String> answers =
        AtOnce.run(10, () -> ipn(genuine, gatewaySigner).path("RspCode").asText());
    List<String> onceThenReplays = new ArrayList<>(Collections.nCopies(9, "02"));
    onceThenReplays.add("00");
    assertThat(answers).as("IPN answers").containsExactlyInAnyOrderElementsOf(onceThenReplays);

    JsonNode delivered = api.awaitStatus("citizen2", code, "DELIVERED");
    assertThat(DossierLifecycleScenarios.notes(delivered))
        .filteredOn(n -> n.startsWith("Đã nộp phí"))
        .hasSize(1);
    String paymentInstance =
        api.firstId(
            "admin",
            "/engine-rest/history/process-instance?processDefinitionKey=payment"
                + "&processInstanceBusinessKey="
                + code
                + "&maxResults=1");
    assertThat(
            api.get(
                    "admin",
                    "/engine-rest/history/activity-instance/count?activityId=message_paymentConfirmed"
                        + "&processInstanceId="
                        + paymentInstance)
                .getBody()
                .path("count")
                .asInt())
        .as("payment confirmations correlated")
        .isEqualTo(1);
    assertThat(payment(code).path("providerTransactionId").asText()).isEqualTo("13900005");
  }

  /**
   * A level-4 judicial-record dossier (205.000 đồng) through the three officers' stages, waiting
   * for its fee.
   */
  String awaitingPayment() {
    return awaitingPayment(Declarations.judicialRecord(4, "ELECTRONIC", "standard", 3));
  }

  /** This judicial-record dossier through the three officers' stages, waiting for its fee. */
  String awaitingPayment(Map<String, Object> dossier) {
    String code = api.submitCode("citizen2", dossier);
    api.approveJudicialRecord(code);
    api.awaitStatus("citizen2", code, "AWAITING_PAYMENT");
    return code;
  }

  String openOrder(String code) {
    JsonNode payment =
        api.post("citizen2", "/api/v1/dossiers/" + code + "/payment/checkout", Map.of()).getBody();
    return payment.path("orderRef").asText();
  }

  Map<String, String> ipnParams(
      String orderRef, long amountVnd, String transactionNo, String responseCode) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("vnp_TmnCode", "MOTCUA01");
    params.put("vnp_Amount", String.valueOf(amountVnd * 100));
    params.put("vnp_BankCode", "NCB");
    params.put("vnp_OrderInfo", "Thanh toan phi");
    params.put("vnp_PayDate", "20261126100000");
    params.put("vnp_ResponseCode", responseCode);
    params.put("vnp_TransactionNo", transactionNo);
    params.put("vnp_TransactionStatus", responseCode);
    params.put("vnp_TxnRef", orderRef);
    return params;
  }

  JsonNode ipn(Map<String, String> params, VnpaySigner signer) {
    String url = "/api/v1/payments/vnpay/ipn?" + signer.signedQuery(params);
    ResponseEntity<JsonNode> answer =
        rest.getForEntity(
            UriComponentsBuilder.fromUriString(url).build(true).toUri(), JsonNode.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    return answer.getBody();
  }

  JsonNode payment(String code) {
    return api.get("citizen2", "/api/v1/dossiers/" + code + "/payment").getBody();
  }
}
