package vn.motcua.interop.inbound;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the national portal proves a dossier it sends is its own: HMAC-SHA256 of the exact request
 * body with the secret agreed with the portal, hex in the {@code X-National-Portal-Signature}
 * header; the same scheme as the postal carrier's callbacks. Shared by our endpoint and the in-app
 * sandbox sender, so both sign the same way.
 */
public final class NationalPortalSignature {

  public static final String HEADER = "X-National-Portal-Signature";

  private final byte[] secret;

  /**
   * @throws IllegalStateException when no secret is set: the endpoint would take anyone's dossiers
   */
  public NationalPortalSignature(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException(
          "motcua.national-portal.inbound-secret is not set: the national portal's dossiers"
              + " could not be told from anyone else's");
    }
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
