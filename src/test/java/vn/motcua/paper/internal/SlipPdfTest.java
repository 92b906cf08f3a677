package vn.motcua.paper.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Renderings running at once each get a parsed font of their own from the pool, and lay out the
 * same Vietnamese text as one rendering alone.
 */
class SlipPdfTest {

  private static final String PAGE =
      """
      <html><head><style>body { font-family: 'DejaVu Sans'; }</style></head><body>
      <h1 style="font-weight: bold">GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</h1>
      <p>Ông/Bà Nguyễn Thị Ánh Tuyết, xã Lam Thành, tỉnh Nghệ An: %d</p>
      </body></html>
      """;

  private final SlipPdf pdf = new SlipPdf(null);

  @Test
  void renderingsAtOnce_layOutTheSameTextAsOneAlone() throws Exception {
    String alone = text(pdf.layOut(PAGE.formatted(0), "alone"));
    assertThat(alone).contains("GIẤY TIẾP NHẬN HỒ SƠ").contains("Nguyễn Thị Ánh Tuyết");

    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<String>> texts = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        texts.add(pool.submit(() -> text(pdf.layOut(PAGE.formatted(0), "at once"))));
      }
      for (Future<String> text : texts) {
        assertThat(text.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(text(pdf.layOut(PAGE.formatted(7), "after"))).contains("Nghệ An: 7");
  }

  private static String text(byte[] bytes) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
