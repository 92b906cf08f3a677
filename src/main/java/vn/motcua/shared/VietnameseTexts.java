package vn.motcua.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Vietnamese text of a message-bundle key ({@code messages.properties}, the default bundle),
 * for what is written in Vietnamese whatever the reader's language: timeline notes stored with the
 * dossier, the labels the JSON API and the national portal carry, the field names in validation
 * messages, the result papers. Pages and messages that follow the reader's language resolve the
 * same keys through Spring's {@code MessageSource} instead.
 *
 * <p>Formats as Spring's {@code MessageSource} does: without arguments the text is returned as
 * written; with arguments it goes through {@link MessageFormat} (so {@code ''} is one quote). Pass
 * numbers already formatted, as strings.
 */
public final class VietnameseTexts {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "messages",
          Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private VietnameseTexts() {}

  /** The text of {@code key}; fails loudly when the bundle has no such key. */
  public static String text(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("No message " + key + " in messages.properties", e);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(args);
  }
}
