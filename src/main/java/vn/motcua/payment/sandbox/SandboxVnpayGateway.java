package vn.motcua.payment.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import vn.motcua.payment.vnpay.VnpayProperties;
import vn.motcua.payment.vnpay.VnpaySigner;
import vn.motcua.shared.HttpClients;
import vn.motcua.shared.PublicUrls;
import vn.motcua.shared.SimplePage;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * The sandbox gateway's endpoints, laid out like VNPay's: the payment page, the pay button (which
 * calls our IPN server to server and sends the browser back, both signed), querydr, and a
 * statement.
 */
@RestController
@RequestMapping("/sandbox/vnpay")
@ConditionalOnProperty(
    name = "motcua.payment.sandbox.enabled",
    havingValue = "true",
    matchIfMissing = true)
class SandboxVnpayGateway {

  private static final Logger log = LoggerFactory.getLogger(SandboxVnpayGateway.class);
  private static final DateTimeFormatter VNP_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(VietnameseFormats.VIETNAM);

  private final SandboxTransactionRepository transactions;
  private final VnpayProperties properties;
  private final VnpaySigner signer;
  private final PublicUrls urls;

  /** Made at its first request ({@link HttpClients#onFirstRequest}). */
  private final SingletonSupplier<RestClient> http;

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  SandboxVnpayGateway(
      SandboxTransactionRepository transactions,
      VnpayProperties properties,
      PublicUrls urls,
      RestClient.Builder http,
      Clock clock) {
    this.transactions = transactions;
    this.properties = properties;
    this.signer = new VnpaySigner(properties.hashSecret());
    this.urls = urls;
    this.http = HttpClients.onFirstRequest(http);
    this.clock = clock;
  }

  @GetMapping(
      value = "/paymentv2/vpcpay.html",
      produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  ResponseEntity<String> paymentPage(@RequestParam Map<String, String> params) {
    String problem = checkPaymentRequest(params);
    if (problem != null) {
      return ResponseEntity.badRequest()
          .body(page(text("sandbox.vnpay.invalid"), "<p>" + SimplePage.escape(problem) + "</p>"));
    }
    StringBuilder hidden = new StringBuilder();
    params.forEach(
        (name, value) ->
            hidden
                .append("<input type=\"hidden\" name=\"")
                .append(SimplePage.escape(name))
                .append("\" value=\"")
                .append(SimplePage.escape(value))
                .append("\">"));
    long amount = Long.parseLong(params.get("vnp_Amount")) / 100;
    String body =
        """
        <p>%s <strong>%s</strong></p><p>%s %s</p><p>%s <strong>%s</strong></p>
        <form method="post" action="/sandbox/vnpay/pay">%s
          <button name="outcome" value="success">%s</button>
          <button name="outcome" value="cancel">%s</button>
        </form>"""
            .formatted(
                text("sandbox.vnpay.order"),
                SimplePage.escape(params.get("vnp_TxnRef")),
                text("sandbox.vnpay.orderInfo"),
                SimplePage.escape(params.get("vnp_OrderInfo")),
                text("sandbox.vnpay.amount"),
                text("sandbox.vnpay.amountValue", String.format("%,d", amount).replace(',', '.')),
                hidden,
                text("sandbox.vnpay.pay"),
                text("sandbox.vnpay.cancel"));
    return ResponseEntity.ok(page(text("sandbox.vnpay.title"), body));
  }

  /**
   * The citizen pays or cancels. {@code outcome=success-without-ipn} pays but never calls back, as
   * a lost IPN would, so the re-query road can be shown and tested.
   */
  @PostMapping("/pay")
  @Transactional
  ResponseEntity<String> pay(@RequestParam Map<String, String> form) {
    Map<String, String> params = new LinkedHashMap<>(form);
    String outcome = params.remove("outcome");
    String problem = checkPaymentRequest(params);
    if (problem != null) {
      return ResponseEntity.badRequest()
          .body(page(text("sandbox.vnpay.invalid"), SimplePage.escape(problem)));
    }
    if (transactions.existsById(params.get("vnp_TxnRef"))) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(page(text("sandbox.vnpay.alreadyPaid"), ""));
    }
    boolean paid = outcome != null && outcome.startsWith("success");
    SandboxTransaction transaction =
        transactions.save(
            new SandboxTransaction(
                params.get("vnp_TxnRef"),
                params.get("vnp_TmnCode"),
                Long.parseLong(params.get("vnp_Amount")) / 100,
                params.get("vnp_OrderInfo"),
                paid ? "00" : "24",
                String.valueOf(10_000_000 + random.nextInt(89_999_999)),
                VNP_TIME.format(clock.instant()),
                clock.instant()));
    Map<String, String> result = resultParams(transaction);
    if (!"success-without-ipn".equals(outcome)) {
      String ipn = urls.resolve("/api/v1/payments/vnpay/ipn") + "?" + signer.signedQuery(result);
      // server to server, after this transaction commits, as the real gateway calls independently
      // of the browser
      CompletableFuture.runAsync(
          () -> callIpn(ipn), CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));
    }
    URI back = URI.create(params.get("vnp_ReturnUrl") + "?" + signer.signedQuery(result));
    return ResponseEntity.status(HttpStatus.FOUND).location(back).build();
  }

  @PostMapping(
      value = "/merchant_webapi/api/transaction",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  Map<String, String> querydr(@RequestBody JsonNode request) {
    String expected =
        signer.signPipe(
            text(request, "vnp_RequestId"),
            text(request, "vnp_Version"),
            text(request, "vnp_Command"),
            text(request, "vnp_TmnCode"),
            text(request, "vnp_TxnRef"),
            text(request, "vnp_TransactionDate"),
            text(request, "vnp_CreateDate"),
            text(request, "vnp_IpAddr"),
            text(request, "vnp_OrderInfo"));
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("vnp_ResponseId", text(request, "vnp_RequestId"));
    answer.put("vnp_Command", "querydr");
    answer.put("vnp_TmnCode", text(request, "vnp_TmnCode"));
    answer.put("vnp_TxnRef", text(request, "vnp_TxnRef"));
    if (!MessageDigest.isEqual(expected.getBytes(), text(request, "vnp_SecureHash").getBytes())) {
      answer.put("vnp_ResponseCode", "97");
      answer.put("vnp_Message", "Invalid checksum");
      return answer;
    }
    var found = transactions.findById(text(request, "vnp_TxnRef"));
    if (found.isEmpty()) {
      answer.put("vnp_ResponseCode", "91");
      answer.put("vnp_Message", "Transaction not found");
      return answer;
    }
    SandboxTransaction t = found.get();
    answer.put("vnp_ResponseCode", "00");
    answer.put("vnp_Message", "QueryDR Success");
    answer.put("vnp_Amount", String.valueOf(t.amount() * 100));
    answer.put("vnp_BankCode", t.bankCode());
    answer.put("vnp_PayDate", t.payDate());
    answer.put("vnp_TransactionNo", t.transactionNo());
    answer.put("vnp_TransactionType", "01");
    answer.put("vnp_TransactionStatus", t.responseCode());
    answer.put("vnp_OrderInfo", t.orderInfo());
    answer.put("vnp_PromotionCode", "");
    answer.put("vnp_PromotionAmount", "");
    answer.put(
        "vnp_SecureHash",
        signer.signPipe(
            answer.get("vnp_ResponseId"),
            "querydr",
            "00",
            answer.get("vnp_Message"),
            answer.get("vnp_TmnCode"),
            t.txnRef(),
            answer.get("vnp_Amount"),
            t.bankCode(),
            t.payDate(),
            t.transactionNo(),
            "01",
            t.responseCode(),
            t.orderInfo(),
            "",
            ""));
    return answer;
  }

  /**
   * The day's successful transactions of a merchant, signed request; the reconciliation file of the
   * real gateway.
   */
  @GetMapping(value = "/statement", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  ResponseEntity<Map<String, Object>> statement(
      @RequestParam("vnp_TmnCode") String tmnCode,
      @RequestParam("vnp_Date") String date,
      @RequestParam("vnp_SecureHash") String signature) {
    if (!MessageDigest.isEqual(signer.signPipe(tmnCode, date).getBytes(), signature.getBytes())) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    LocalDate day = LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE);
    List<SandboxTransaction> paid =
        transactions.findByTmnCodeAndResponseCodeAndCreatedAtBetween(
            tmnCode,
            "00",
            day.atStartOfDay(VietnameseFormats.VIETNAM).toInstant(),
            day.plusDays(1).atStartOfDay(VietnameseFormats.VIETNAM).toInstant());
    return ResponseEntity.ok(
        Map.of(
            "vnp_TmnCode",
            tmnCode,
            "vnp_Date",
            date,
            "transactions",
            paid.stream()
                .map(
                    t ->
                        Map.of(
                            "vnp_TxnRef",
                            t.txnRef(),
                            "vnp_TransactionNo",
                            t.transactionNo(),
                            "vnp_Amount",
                            t.amount() * 100))
                .toList()));
  }

  /** The imitated gateway's words ({@code sandbox.vnpay.*}), Vietnamese as VNPAY's page is. */
  private static String text(String key, Object... args) {
    return VietnameseTexts.text(key, args);
  }

  private String checkPaymentRequest(Map<String, String> params) {
    if (!signer.verify(params)) {
      return text("sandbox.vnpay.badSignature");
    }
    if (!properties.tmnCode().equals(params.get("vnp_TmnCode"))) {
      return text("sandbox.vnpay.unknownMerchant");
    }
    String expires = params.get("vnp_ExpireDate");
    if (expires != null
        && LocalDateTime.parse(expires, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
            .atZone(VietnameseFormats.VIETNAM)
            .toInstant()
            .isBefore(clock.instant())) {
      return text("sandbox.vnpay.expired");
    }
    return null;
  }

  private Map<String, String> resultParams(SandboxTransaction t) {
    Map<String, String> result = new LinkedHashMap<>();
    result.put("vnp_TmnCode", t.tmnCode());
    result.put("vnp_Amount", String.valueOf(t.amount() * 100));
    result.put("vnp_BankCode", t.bankCode());
    result.put("vnp_OrderInfo", t.orderInfo());
    result.put("vnp_PayDate", t.payDate());
    result.put("vnp_ResponseCode", t.responseCode());
    result.put("vnp_TransactionNo", t.transactionNo());
    result.put("vnp_TransactionStatus", t.responseCode());
    result.put("vnp_TxnRef", t.txnRef());
    return result;
  }

  private void callIpn(String url) {
    try {
      JsonNode answer = http.obtain().get().uri(URI.create(url)).retrieve().body(JsonNode.class);
      log.info("Sandbox gateway: IPN answered {}", answer);
    } catch (RuntimeException e) {
      log.warn("Sandbox gateway: IPN call failed; the merchant re-queries", e);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).asText("");
  }

  private static String page(String title, String body) {
    return SimplePage.html(title, body);
  }
}
