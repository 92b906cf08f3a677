package vn.motcua.paper.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * One font's parsed copies, each lent to one rendering at a time. Parsing DejaVu Sans for every
 * slip, result and receipt was a quarter of its CPU (LifecycleBenchmark's profile); a parsed font
 * reads its tables lazily and is not shared between threads at once. The pool keeps as many copies
 * as renderings ran together, up to {@link #KEPT}.
 */
final class ParsedFonts {

  static final ParsedFonts REGULAR = new ParsedFonts("fonts/DejaVuSans.ttf");
  static final ParsedFonts BOLD = new ParsedFonts("fonts/DejaVuSans-Bold.ttf");

  static final int KEPT = 8;

  private final String path;
  private final Queue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private volatile byte[] file;

  ParsedFonts(String path) {
    this.path = path;
  }

  /** The regular and bold faces, lent until closed. */
  static Lent lend() {
    TrueTypeFont regular = REGULAR.borrow();
    try {
      return new Lent(regular, BOLD.borrow());
    } catch (RuntimeException e) {
      REGULAR.giveBack(regular);
      throw e;
    }
  }

  /** A rendering's pair of parsed faces; each loads into one document, subset when it is saved. */
  record Lent(TrueTypeFont regular, TrueTypeFont bold) implements AutoCloseable {

    PDType0Font regular(PDDocument document) throws IOException {
      return PDType0Font.load(document, regular, true);
    }

    PDType0Font bold(PDDocument document) throws IOException {
      return PDType0Font.load(document, bold, true);
    }

    @Override
    public void close() {
      REGULAR.giveBack(regular);
      BOLD.giveBack(bold);
    }
  }

  TrueTypeFont borrow() {
    TrueTypeFont font = idle.poll();
    if (font != null) {
      idleCount.decrementAndGet();
      return font;
    }
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(file()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + path, e);
    }
  }

  void giveBack(TrueTypeFont font) {
    if (idleCount.incrementAndGet() <= KEPT) {
      idle.offer(font);
      return;
    }
    idleCount.decrementAndGet();
    try {
      font.close();
    } catch (IOException e) {
      // nothing held but memory
    }
  }

  private byte[] file() {
    byte[] bytes = file;
    if (bytes == null) {
      try (InputStream in = new ClassPathResource(path).getInputStream()) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
      file = bytes;
    }
    return bytes;
  }
}
