package vn.motcua.payment.vnpay;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The VNPay 2.1.0 signature: HMAC-SHA512 with the merchant's hash secret over the {@code vnp_*}
 * parameters except the hash ones, sorted by name, each {@code name=value} URL-encoded, joined by
 * {@code &}. Used by our adapter and by the in-app sandbox alike, so both sign the same way.
 */
public final class VnpaySigner {

  public static final String SECURE_HASH = "vnp_SecureHash";
  public static final String SECURE_HASH_TYPE = "vnp_SecureHashType";

  private final byte[] secret;

  public VnpaySigner(String hashSecret) {
    this.secret = hashSecret.getBytes(StandardCharsets.UTF_8);
  }

  /** The signed query string, ready to append to the payment URL. */
  public String signedQuery(Map<String, String> params) {
    String data = canonical(params);
    return data + "&" + SECURE_HASH + "=" + hmac(data);
  }

  public String sign(Map<String, String> params) {
    return hmac(canonical(params));
  }

  /** Checks a callback's signature in constant time; a missing signature is invalid. */
  public boolean verify(Map<String, String> params) {
    String given = params.get(SECURE_HASH);
    if (given == null) {
      return false;
    }
    byte[] expected = sign(params).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given.toLowerCase().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * For JSON APIs (querydr) VNPay signs the listed values joined by {@code |}, in the order given.
   */
  public String signPipe(String... values) {
    return hmac(String.join("|", values));
  }

  static String canonical(Map<String, String> params) {
    StringJoiner joined = new StringJoiner("&");
    new TreeMap<>(params)
        .forEach(
            (name, value) -> {
              if (name.startsWith("vnp_")
                  && !name.equals(SECURE_HASH)
                  && !name.equals(SECURE_HASH_TYPE)
                  && value != null
                  && !value.isEmpty()) {
                joined.add(encode(name) + "=" + encode(value));
              }
            });
    return joined.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.US_ASCII);
  }

  private String hmac(String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(secret, "HmacSHA512"));
      return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
