package vn.motcua.payment.vnpay;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;
import vn.motcua.payment.PaymentGateway;
import vn.motcua.shared.HttpClients;
import vn.motcua.shared.PublicUrls;
import vn.motcua.shared.VietnameseFormats;

/**
 * The VNPay 2.1.0 protocol: signed redirect with the amount × 100, {@code querydr} for orders whose
 * callback never came, and the day's statement for reconciliation. The same code serves the in-app
 * sandbox and the real gateway.
 */
@Component
class VnpayGateway implements PaymentGateway {

  static final DateTimeFormatter VNP_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(VietnameseFormats.VIETNAM);

  private final VnpayProperties properties;
  private final VnpaySigner signer;
  private final PublicUrls urls;

  /** Made at its first request ({@link HttpClients#onFirstRequest}). */
  private final SingletonSupplier<RestClient> http;

  private final Clock clock;

  VnpayGateway(VnpayProperties properties, PublicUrls urls, RestClient.Builder http, Clock clock) {
    this.clock = clock;
    this.properties = properties;
    this.signer = new VnpaySigner(properties.hashSecret());
    this.urls = urls;
    this.http = HttpClients.onFirstRequest(http);
  }

  @Override
  public String checkoutUrl(Order order) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("vnp_Version", "2.1.0");
    params.put("vnp_Command", "pay");
    params.put("vnp_TmnCode", properties.tmnCode());
    params.put("vnp_Amount", String.valueOf(order.amount() * 100));
    params.put("vnp_CurrCode", "VND");
    params.put("vnp_TxnRef", order.reference());
    params.put("vnp_OrderInfo", order.description());
    params.put("vnp_OrderType", "other");
    params.put("vnp_Locale", "vn");
    params.put("vnp_ReturnUrl", urls.resolve(properties.returnUrl()));
    params.put("vnp_IpAddr", order.clientIp());
    params.put("vnp_CreateDate", VNP_TIME.format(order.createdAt()));
    params.put(
        "vnp_ExpireDate", VNP_TIME.format(order.createdAt().plus(properties.orderLifetime())));
    return urls.resolve(properties.payUrl()) + "?" + signer.signedQuery(params);
  }

  @Override
  public QueryResult query(String reference, Instant createdAt) {
    String requestId = UUID.randomUUID().toString().replace("-", "");
    String now = VNP_TIME.format(clock.instant());
    String transactionDate = VNP_TIME.format(createdAt);
    String orderInfo = "Truy van giao dich " + reference;
    Map<String, String> body = new LinkedHashMap<>();
    body.put("vnp_RequestId", requestId);
    body.put("vnp_Version", "2.1.0");
    body.put("vnp_Command", "querydr");
    body.put("vnp_TmnCode", properties.tmnCode());
    body.put("vnp_TxnRef", reference);
    body.put("vnp_OrderInfo", orderInfo);
    body.put("vnp_TransactionDate", transactionDate);
    body.put("vnp_CreateDate", now);
    body.put("vnp_IpAddr", "127.0.0.1");
    body.put(
        "vnp_SecureHash",
        signer.signPipe(
            requestId,
            "2.1.0",
            "querydr",
            properties.tmnCode(),
            reference,
            transactionDate,
            now,
            "127.0.0.1",
            orderInfo));
    JsonNode answer =
        http.obtain()
            .post()
            .uri(urls.resolve(properties.apiUrl()))
            .contentType(MediaType.APPLICATION_JSON)
            .body(body)
            .retrieve()
            .body(JsonNode.class);
    if (answer == null || !"00".equals(answer.path("vnp_ResponseCode").asText())) {
      return new QueryResult(
          false, false, null, 0, answer == null ? null : answer.path("vnp_ResponseCode").asText());
    }
    String expected =
        signer.signPipe(
            answer.path("vnp_ResponseId").asText(),
            answer.path("vnp_Command").asText(),
            answer.path("vnp_ResponseCode").asText(),
            answer.path("vnp_Message").asText(),
            answer.path("vnp_TmnCode").asText(),
            answer.path("vnp_TxnRef").asText(),
            answer.path("vnp_Amount").asText(),
            answer.path("vnp_BankCode").asText(),
            answer.path("vnp_PayDate").asText(),
            answer.path("vnp_TransactionNo").asText(),
            answer.path("vnp_TransactionType").asText(),
            answer.path("vnp_TransactionStatus").asText(),
            answer.path("vnp_OrderInfo").asText(),
            answer.path("vnp_PromotionCode").asText(),
            answer.path("vnp_PromotionAmount").asText());
    if (!MessageDigest.isEqual(
        expected.getBytes(), answer.path("vnp_SecureHash").asText().toLowerCase().getBytes())) {
      throw new IllegalStateException(
          "querydr answer for " + reference + " has an invalid signature");
    }
    String status = answer.path("vnp_TransactionStatus").asText();
    return new QueryResult(
        true,
        "00".equals(status),
        answer.path("vnp_TransactionNo").asText(null),
        answer.path("vnp_Amount").asLong() / 100,
        status);
  }

  @Override
  public List<StatementLine> statement(LocalDate day) {
    String date = day.format(DateTimeFormatter.BASIC_ISO_DATE);
    String signature = signer.signPipe(properties.tmnCode(), date);
    JsonNode answer =
        http.obtain()
            .get()
            .uri(
                urls.resolve(properties.statementUrl())
                    + "?vnp_TmnCode={tmn}&vnp_Date={date}&vnp_SecureHash={sig}",
                properties.tmnCode(),
                date,
                signature)
            .retrieve()
            .body(JsonNode.class);
    List<StatementLine> lines = new ArrayList<>();
    if (answer != null) {
      answer
          .path("transactions")
          .forEach(
              t ->
                  lines.add(
                      new StatementLine(
                          t.path("vnp_TxnRef").asText(),
                          t.path("vnp_TransactionNo").asText(),
                          t.path("vnp_Amount").asLong() / 100)));
    }
    return lines;
  }
}
