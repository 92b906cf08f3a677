package vn.motcua.payment.vnpay;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.payment.GatewayConfirmation;
import vn.motcua.payment.GatewayConfirmation.Outcome;
import vn.motcua.payment.Payments;
import vn.motcua.shared.SimplePage;
import vn.motcua.shared.VietnameseTexts;

/**
 * The gateway's two callbacks. The IPN (server to server) is the only thing that changes a payment:
 * signature → order → amount → still pending, answered with VNPay's codes. The browser's return
 * only shows the result; if no IPN follows, the re-query job settles the order.
 */
@RestController
@EnableConfigurationProperties(VnpayProperties.class)
class VnpayCallbacks {

  private static final Logger log = LoggerFactory.getLogger(VnpayCallbacks.class);

  record IpnAnswer(String RspCode, String Message) {}

  private final Payments payments;
  private final VnpaySigner signer;

  VnpayCallbacks(Payments payments, VnpayProperties properties) {
    this.payments = payments;
    this.signer = new VnpaySigner(properties.hashSecret());
  }

  @GetMapping(value = "/api/v1/payments/vnpay/ipn", produces = MediaType.APPLICATION_JSON_VALUE)
  IpnAnswer ipn(@RequestParam Map<String, String> params) {
    try {
      if (!signer.verify(params)) {
        log.warn("IPN with an invalid signature for order {}", params.get("vnp_TxnRef"));
        return new IpnAnswer("97", "Invalid signature");
      }
      Outcome outcome = payments.settle(report(params));
      return switch (outcome) {
        case CONFIRMED, FAILURE_RECORDED -> new IpnAnswer("00", "Confirm Success");
        case ORDER_NOT_FOUND -> new IpnAnswer("01", "Order not found");
        case ALREADY_CONFIRMED -> new IpnAnswer("02", "Order already confirmed");
        case INVALID_AMOUNT -> new IpnAnswer("04", "Invalid amount");
      };
    } catch (RuntimeException e) {
      // the gateway retries an IPN answered 99; the re-query job is the second road
      log.error("IPN for order {} failed", params.get("vnp_TxnRef"), e);
      return new IpnAnswer("99", "Unknown error");
    }
  }

  @GetMapping(
      value = "/payment/vnpay/return",
      produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String browserReturn(@RequestParam Map<String, String> params) {
    if (!signer.verify(params)) {
      return page("payment.return.unverified");
    }
    payments.citizenReturned(params.get("vnp_TxnRef"));
    boolean success =
        "00".equals(params.get("vnp_ResponseCode"))
            && "00".equals(params.get("vnp_TransactionStatus"));
    return success
        ? page("payment.return.success", params.get("vnp_TransactionNo"))
        : page("payment.return.failure");
  }

  static GatewayConfirmation.Report report(Map<String, String> params) {
    long amount = Long.parseLong(params.getOrDefault("vnp_Amount", "0")) / 100;
    boolean success =
        "00".equals(params.get("vnp_ResponseCode"))
            && "00".equals(params.get("vnp_TransactionStatus"));
    return new GatewayConfirmation.Report(
        params.get("vnp_TxnRef"),
        amount,
        params.get("vnp_TransactionNo"),
        success,
        params.get("vnp_ResponseCode"));
  }

  /**
   * The return page, {@code <key>.title} and {@code <key>.text}, in Vietnamese as the {@link
   * SimplePage} frame is.
   */
  private static String page(String key, Object... args) {
    return SimplePage.html(
        VietnameseTexts.text(key + ".title"),
        "<p>"
            + SimplePage.escape(VietnameseTexts.text(key + ".text", args))
            + "</p><p><a href=\"/ho-so-cua-toi\">"
            + SimplePage.escape(VietnameseTexts.text("payment.return.mine"))
            + "</a> · <a href=\"/\">"
            + SimplePage.escape(VietnameseTexts.text("payment.return.home"))
            + "</a></p>");
  }
}
