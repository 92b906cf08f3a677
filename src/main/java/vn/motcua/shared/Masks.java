package vn.motcua.shared;

import java.text.Normalizer;

/**
 * How personal data reads in public answers: enough for its owner to recognise, too little for
 * anyone else.
 */
public final class Masks {

  private static final String[] MOBILE_PREFIXES = {"03", "05", "07", "08", "09"};

  private Masks() {}

  /**
   * {@code Nguyễn Văn An} → {@code Nguyễn V** A*}: the family name whole, every later word its
   * first letter and one asterisk per further letter. A one-word name has no family name to show,
   * so it is masked like a later word ({@code Kpă} → {@code K**}). Letters are counted after NFC
   * normalisation so that a decomposed {@code ă} (a + combining breve) counts once.
   */
  public static String name(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "";
    }
    String[] words = Normalizer.normalize(fullName, Normalizer.Form.NFC).strip().split("\\s+");
    if (words.length == 1) {
      return initialAndStars(words[0]);
    }
    StringBuilder masked = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      masked.append(' ').append(initialAndStars(words[i]));
    }
    return masked.toString();
  }

  /** {@code 0912345678} → {@code 09******78}. */
  public static String phone(String phone) {
    if (phone == null || phone.length() < 5) {
      return "*****";
    }
    return phone.substring(0, 2)
        + "*".repeat(phone.length() - 4)
        + phone.substring(phone.length() - 2);
  }

  /** {@code 040095001234} → {@code ********1234}: the last four digits, as a receipt shows them. */
  public static String citizenId(String id) {
    if (id == null || id.length() < 8) {
      return "*****";
    }
    return "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
  }

  /** {@code an.nguyen@example.vn} → {@code a*******@example.vn}. */
  public static String email(String email) {
    int at = email == null ? -1 : email.indexOf('@');
    if (at < 1) {
      return "*****";
    }
    return email.charAt(0) + "*".repeat(Math.max(3, at - 1)) + email.substring(at);
  }

  /**
   * A masked mobile number that looks real, made from a keyed digest ({@link
   * OneTimeCodes#keyedDigest}), for an answer that must not tell whether a phone is on file: the
   * same digest gives the same mask.
   */
  public static String decoyPhone(byte[] digest) {
    String prefix = MOBILE_PREFIXES[Byte.toUnsignedInt(digest[0]) % MOBILE_PREFIXES.length];
    return prefix + "******" + String.format("%02d", Byte.toUnsignedInt(digest[1]) % 100);
  }

  private static String initialAndStars(String word) {
    int first = word.codePointAt(0);
    long letters =
        word.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count();
    return new String(Character.toChars(first)) + "*".repeat((int) Math.max(0, letters - 1));
  }
}
