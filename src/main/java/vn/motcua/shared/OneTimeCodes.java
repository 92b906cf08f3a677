package vn.motcua.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Six-digit one-time codes, kept only as HMAC-SHA256 under a server key and the request id: a
 * million possible codes make a plain hash reversible, a keyed one is not without the key. Used by
 * the public look-up, account activation, password reset and the signing of declarations. The key
 * is {@code motcua.one-time-codes.secret} (formerly {@code motcua.lookup.secret}), the same on
 * every node, so that a code sent by one node is accepted by another: outside the demo profile the
 * application does not start without it ({@code vn.motcua.system.DemoSecretsCheck}), and the demo
 * profile ships a public one. Unset (a unit test, a demo with it removed), a random key per start.
 */
@Component
public class OneTimeCodes {

  private final SecureRandom random = new SecureRandom();
  private final byte[] key;

  public OneTimeCodes(
      @Value("${motcua.one-time-codes.secret:${motcua.lookup.secret:}}") String secret) {
    if (secret.isBlank()) {
      key = new byte[32];
      random.nextBytes(key);
    } else {
      key = secret.getBytes(StandardCharsets.UTF_8);
    }
  }

  public String newCode() {
    return String.format("%06d", random.nextInt(1_000_000));
  }

  /** The code as stored: keyed by the server key and salted by the request it was sent for. */
  public String hash(String requestId, String code) {
    return HexFormat.of().formatHex(mac("code:" + requestId + ":" + code));
  }

  /** Constant time, so the comparison does not tell how much of a guess was right. */
  public static boolean same(String storedHash, String candidateHash) {
    return MessageDigest.isEqual(
        storedHash.getBytes(StandardCharsets.US_ASCII),
        candidateHash.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * A digest of {@code message} under the server key: stable for the same message, unguessable
   * without the key.
   */
  public byte[] keyedDigest(String message) {
    return mac(message);
  }

  private byte[] mac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
