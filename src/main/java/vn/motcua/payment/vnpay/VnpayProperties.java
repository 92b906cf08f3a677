package vn.motcua.payment.vnpay;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the VNPay-style gateway is and who we are to it. The defaults point at the in-app sandbox;
 * production sets the real URLs, merchant code and hash secret (the application refuses to start
 * outside the demo profile with the sandbox secret).
 */
@ConfigurationProperties("motcua.payment.vnpay")
public record VnpayProperties(
    String payUrl,
    String apiUrl,
    String statementUrl,
    String tmnCode,
    String hashSecret,
    String returnUrl,
    Duration orderLifetime,
    Duration requeryAfterReturn,
    Duration requeryAfterCreation) {

  public static final String SANDBOX_SECRET = "SANDBOX-SECRET-CHANGE-ME";

  public VnpayProperties {
    payUrl = payUrl == null ? "/sandbox/vnpay/paymentv2/vpcpay.html" : payUrl;
    apiUrl = apiUrl == null ? "/sandbox/vnpay/merchant_webapi/api/transaction" : apiUrl;
    statementUrl = statementUrl == null ? "/sandbox/vnpay/statement" : statementUrl;
    // no code defaults for who we are to the gateway: application.yml names them, where the
    // demo-secret guard sees them
    Objects.requireNonNull(tmnCode, "motcua.payment.vnpay.tmn-code is not set");
    Objects.requireNonNull(hashSecret, "motcua.payment.vnpay.hash-secret is not set");
    returnUrl = returnUrl == null ? "/payment/vnpay/return" : returnUrl;
    orderLifetime = orderLifetime == null ? Duration.ofMinutes(15) : orderLifetime;
    requeryAfterReturn = requeryAfterReturn == null ? Duration.ofMinutes(5) : requeryAfterReturn;
    requeryAfterCreation =
        requeryAfterCreation == null ? Duration.ofMinutes(30) : requeryAfterCreation;
  }
}
