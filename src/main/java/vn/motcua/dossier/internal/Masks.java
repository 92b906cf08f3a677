package vn.motcua.dossier.internal;

import java.text.Normalizer;

/** How personal data reads in public answers: enough for its owner to recognise, too little for anyone else. */
final class Masks {

  private Masks() {}

  /**
   * {@code Nguyễn Văn An} → {@code Nguyễn V** A*}: the family name whole, every later word its first
   * letter and one asterisk per further letter. A one-word name has no family name to show, so it is
   * masked like a later word ({@code Kpă} → {@code K**}). Letters are counted after NFC normalisation
   * so that a decomposed {@code ă} (a + combining breve) counts once.
   */
  static String name(String fullName) {
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
  static String phone(String phone) {
    if (phone == null || phone.length() < 5) {
      return "*****";
    }
    return phone.substring(0, 2) + "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 2);
  }

  private static String initialAndStars(String word) {
    int first = word.codePointAt(0);
    long letters = word.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count();
    return new String(Character.toChars(first)) + "*".repeat((int) Math.max(0, letters - 1));
  }
}
