package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.workflow.ProcessElements.USER_TASK_COLLECT_COUNTER_PAYMENT;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.payment.vnpay.VnpaySigner;

/**
 * The online payment against people who forge or replay callbacks, and against lost ones: only a
 * correctly signed IPN for a pending order of the right amount changes anything; an order whose IPN
 * never came is settled by re-querying the gateway; the daily reconciliation finds what neither
 * road caught. The re-query runs every second here.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:payment;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.documents=target/it-documents",
      "motcua.payment.vnpay.requery-interval=PT1S",
      "motcua.payment.vnpay.requery-after-return=PT0S"
    })
@ActiveProfiles("demo")
@DirtiesContext
class PaymentGatewayIT extends PaymentIpnScenarios {

  @LocalServerPort int port;

  /**
   * Level 3 ("một phần") pays at the counter: an online order would be paid at the gateway while
   * the process waits for the officer's receipt, so neither the API nor the portal opens one.
   */
  @Test
  void aLevel3Dossier_cannotOpenAnOnlineCheckout_itsFeeIsTakenAtTheCounter() {
    String code = awaitingPayment(Declarations.judicialRecord(3, "COUNTER", "standard", 2));

    ResponseEntity<JsonNode> checkout =
        api.post("citizen2", "/api/v1/dossiers/" + code + "/payment/checkout", Map.of());
    assertThat(checkout.getStatusCode().value())
        .as(String.valueOf(checkout.getBody()))
        .isEqualTo(409);
    assertThat(checkout.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(checkout.getBody().path("title").asText()).isEqualTo("Không thể thực hiện");
    assertThat(checkout.getBody().path("detail").asText())
        .contains(code)
        .contains("nộp phí, lệ phí tại Bộ phận một cửa");

    PortalClient browser = PortalClient.signedIn(port, "citizen2");
    assertThat(browser.openForm("/ho-so-cua-toi/" + code).get("/ho-so-cua-toi/" + code).body())
        .as("no pay button")
        .doesNotContain("/thanh-toan");
    HttpResponse<String> page = browser.post("/ho-so-cua-toi/" + code + "/thanh-toan", Map.of());
    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.body()).contains("nộp phí, lệ phí tại Bộ phận một cửa").contains(code);

    assertThat(payment(code).path("orderRef").isNull()).as("no online order").isTrue();
    api.completeTask(
        "mc.tinh",
        code,
        USER_TASK_COLLECT_COUNTER_PAYMENT,
        Map.of("receiptNumber", "BL-2026-000777"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> payment(code).path("receiptNumber").asText(), "BL-2026-000777"::equals);
  }

  @Test
  void aForgedIpn_changesNothing_andGets97() {
    String code = awaitingPayment();
    String order = openOrder(code);
    JsonNode answer =
        ipn(ipnParams(order, 205000, "13900001", "00"), new VnpaySigner("not-the-merchant-secret"));
    assertThat(answer.path("RspCode").asText()).isEqualTo("97");
    assertThat(answer.path("Message").asText()).isEqualTo("Invalid signature");
    assertThat(payment(code).path("status").asText()).isEqualTo("OPEN");
    assertThat(api.status("citizen2", code)).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void anIpnWithAnotherAmount_changesNothing_andGets04_anUnknownOrderGets01() {
    String code = awaitingPayment();
    String order = openOrder(code);
    assertThat(
            ipn(ipnParams(order, 5000, "13900002", "00"), gatewaySigner).path("RspCode").asText())
        .isEqualTo("04");
    assertThat(
            ipn(ipnParams("MC0000000000000000", 205000, "13900003", "00"), gatewaySigner)
                .path("RspCode")
                .asText())
        .isEqualTo("01");
    assertThat(payment(code).path("status").asText()).isEqualTo("OPEN");
    assertThat(api.status("citizen2", code)).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void aGenuineIpn_settlesOnce_andItsReplayGets02() {
    String code = awaitingPayment();
    String order = openOrder(code);
    Map<String, String> genuine = ipnParams(order, 205000, "13900004", "00");
    assertThat(ipn(genuine, gatewaySigner).path("RspCode").asText()).isEqualTo("00");
    assertThat(ipn(genuine, gatewaySigner).path("RspCode").asText()).isEqualTo("02");
    JsonNode delivered = api.awaitStatus("citizen2", code, "DELIVERED");
    assertThat(payment(code).path("providerTransactionId").asText()).isEqualTo("13900004");
    assertThat(DossierLifecycleScenarios.notes(delivered))
        .filteredOn(n -> n.startsWith("Đã nộp phí"))
        .hasSize(1);
  }

  /**
   * The IPN and an officer writing on the same process instance at once: the engine lets one of
   * them commit; if it is not the IPN, the IPN answered 99 and changed nothing, so the gateway's
   * retry settles the payment — never half of it.
   */
  @Test
  void anIpnAndAnOfficersActionAtOnce_leaveOneConsistentPayment() throws Exception {
    String code = awaitingPayment();
    String order = openOrder(code);
    String paymentInstance =
        api.firstId(
            "admin",
            "/engine-rest/process-instance?processDefinitionKey=payment&businessKey="
                + code
                + "&maxResults=1");
    Map<String, String> genuine = ipnParams(order, 205000, "13900006", "00");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    var ipnAnswer =
        pool.submit(
            () -> {
              start.await();
              return ipn(genuine, gatewaySigner).path("RspCode").asText();
            });
    var officer =
        pool.submit(
            () -> {
              start.await();
              return api.put(
                      "admin",
                      "/engine-rest/process-instance/" + paymentInstance + "/variables/officerNote",
                      Map.of("value", "Công dân hỏi về phí qua điện thoại", "type", "String"))
                  .getStatusCode()
                  .value();
            });
    start.countDown();
    String first = ipnAnswer.get();
    int officerStatus = officer.get();
    pool.shutdown();
    assertThat(first).isIn("00", "99");
    assertThat(officerStatus).isIn(204, 404, 500);
    if (first.equals("99")) {
      assertThat(payment(code).path("status").asText())
          .as("the failed IPN changed nothing")
          .isEqualTo("OPEN");
      assertThat(ipn(genuine, gatewaySigner).path("RspCode").asText())
          .as("the gateway's retry")
          .isEqualTo("00");
    }
    // when the officer's variable lands as the payment instance ends, that last job fails and is
    // retried 10 s later
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> api.status("citizen2", code), "DELIVERED"::equals);
    JsonNode delivered = api.dossier("citizen2", code);
    assertThat(payment(code).path("providerTransactionId").asText()).isEqualTo("13900006");
    assertThat(DossierLifecycleScenarios.notes(delivered))
        .filteredOn(n -> n.startsWith("Đã nộp phí"))
        .hasSize(1);
  }

  @Test
  void aCancelledPayment_canBePaidAgainWithANewOrder() {
    String code = awaitingPayment();
    assertThat(api.payOnline("citizen2", code, "cancel")).contains("Giao dịch không thành công");
    await().atMost(Duration.ofSeconds(10)).until(() -> payment(code).path("orderRef").isNull());
    assertThat(api.status("citizen2", code)).isEqualTo("AWAITING_PAYMENT");
    assertThat(api.payOnline("citizen2", code, "success")).contains("Giao dịch thành công");
    api.awaitStatus("citizen2", code, "DELIVERED");
  }

  @Test
  void aLostIpn_isSettledByReQueryingTheGateway() {
    String code = awaitingPayment();
    api.payOnline("citizen2", code, "success-without-ipn");
    JsonNode delivered = api.awaitStatus("citizen2", code, "DELIVERED");
    assertThat(DossierLifecycleScenarios.notes(delivered))
        .anyMatch(n -> n.matches("Đã nộp phí.*trực tuyến, mã giao dịch \\d{8}.*"));
  }

  @Test
  void theDailyReconciliation_raisesAnIncidentForAPaymentNeitherRoadCaught() {
    String code = awaitingPayment();
    // paid at the gateway, but the IPN is lost and the citizen never comes back: nothing asks for a
    // re-query yet
    api.payOnline("citizen2", code, "success-without-ipn", false);
    String order = payment(code).path("orderRef").asText();
    String today = TestClock.today().toString();
    ResponseEntity<JsonNode> started =
        api.post(
            "admin",
            "/engine-rest/process-definition/key/payment-reconciliation/start",
            Map.of("variables", Map.of("reconciliationDay", Map.of("value", today))));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode incidents =
                  api.get(
                          "admin",
                          "/engine-rest/incident?incidentType=paymentReconciliation&maxResults=50")
                      .getBody();
              assertThat(incidents.toString()).contains(order).contains("chưa ghi nhận");
            });
    JsonNode tasks =
        api.get(
                "analyst",
                "/engine-rest/task?taskDefinitionKey=userTask_resolveDifferences&maxResults=10")
            .getBody();
    assertThat(tasks).as("the differences wait for an analyst in Tasklist").isNotEmpty();
  }
}
