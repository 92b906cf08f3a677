package vn.motcua.dossier.internal;

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
 * million possible codes make a plain hash reversible, a keyed one is not without the key.
 * The key is {@code motcua.lookup.secret}; unset, a random key per start (fine for one node: a
 * restart only invalidates codes that expire within minutes anyway; several nodes must share one).
 */
@Component
class OneTimeCodes {

  private static final String[] MOBILE_PREFIXES = {"03", "05", "07", "08", "09"};

  private final SecureRandom random = new SecureRandom();
  private final byte[] key;

  OneTimeCodes(@Value("${motcua.lookup.secret:}") String secret) {
    if (secret.isBlank()) {
      key = new byte[32];
      random.nextBytes(key);
    } else {
      key = secret.getBytes(StandardCharsets.UTF_8);
    }
  }

  String newCode() {
    return String.format("%06d", random.nextInt(1_000_000));
  }

  String hash(String requestId, String code) {
    return HexFormat.of().formatHex(mac("code:" + requestId + ":" + code));
  }

  /** Constant time, so the comparison does not tell how much of a guess was right. */
  static boolean same(String storedHash, String candidateHash) {
    return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII), candidateHash.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * A masked phone for a citizen ID without dossiers, so that the answer looks like a hit: derived
   * from the ID under the key, hence the same on every request for that ID (a mask that changed
   * from one request to the next would give the miss away).
   */
  String decoyMaskedPhone(String citizenId) {
    byte[] digest = mac("phone:" + citizenId);
    String prefix = MOBILE_PREFIXES[Byte.toUnsignedInt(digest[0]) % MOBILE_PREFIXES.length];
    return prefix + "******" + String.format("%02d", Byte.toUnsignedInt(digest[1]) % 100);
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
