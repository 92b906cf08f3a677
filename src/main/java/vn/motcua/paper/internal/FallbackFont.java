package vn.motcua.paper.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font that draws what it has glyphs for and a visible replacement for the rest. PDFBox refuses a
 * whole string when one of its characters has no glyph (a unicorn emoji in a name, a Chinese
 * character), and a paper that cannot be rendered leaves the dossier without its result; so each
 * such character becomes U+FFFD (or "?"), an invisible one (a joiner, a variation selector) is left
 * out, and the caller gets the characters in {@code replaced} to log them.
 */
final class FallbackFont {

  private final PDFont font;
  private final Set<Integer> replaced;
  private final Map<Integer, Boolean> drawable = new HashMap<>();
  private final String replacement;

  /**
   * {@code replaced} collects the code points this font could not draw (shared by a sheet's fonts).
   */
  FallbackFont(PDFont font, Set<Integer> replaced) {
    this.font = font;
    this.replaced = replaced;
    this.replacement = canDraw(0xFFFD) ? "\uFFFD" : canDraw('?') ? "?" : "";
  }

  PDFont font() {
    return font;
  }

  /** {@code text} with every character this font has no glyph for replaced; null gives "". */
  String drawable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (canDraw(c)) {
                out.appendCodePoint(c);
              } else {
                replaced.add(c);
                if (Character.isWhitespace(c)) {
                  out.append(
                      ' '); // a tab or a line break inside a value: the paper lays its lines out
                  // itself
                } else if (!invisible(c)) {
                  out.append(replacement);
                }
              }
            });
    return out.toString();
  }

  private boolean canDraw(int codePoint) {
    return drawable.computeIfAbsent(
        codePoint,
        c -> {
          try {
            font.encode(Character.toString(c));
            return true;
          } catch (IllegalArgumentException noGlyph) {
            return false;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Joiners, marks and selectors that only change how their neighbours look: nothing to show in
   * their place.
   */
  private static boolean invisible(int c) {
    return Character.getType(c) == Character.FORMAT
        || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0100 && c <= 0xE01EF);
  }
}
