package vn.motcua.shared;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an outside system proves a request it sends us is its own: HMAC-SHA256 of the exact request
 * body with the secret agreed with it, in hex. Each caller names its header in a subclass; our
 * endpoint and the in-app sandbox that stands in for the caller sign the same way.
 */
public class BodySignature {

  private final byte[] secret;

  protected BodySignature(String secret) {
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
