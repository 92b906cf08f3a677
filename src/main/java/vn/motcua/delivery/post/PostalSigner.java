package vn.motcua.delivery.post;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The postal carrier's callback signature: HMAC-SHA256 of the request body with the secret agreed
 * with the carrier, hex in the {@code X-Postal-Signature} header. Shared by our endpoint and the
 * in-app sandbox carrier, so both sign the same way.
 */
public final class PostalSigner {

  public static final String HEADER = "X-Postal-Signature";

  private final byte[] secret;

  public PostalSigner(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  public String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Constant time; a missing signature is invalid. */
  public boolean verify(byte[] body, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(body).getBytes(StandardCharsets.US_ASCII),
            signature.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII));
  }
}
