package vn.motcua.paper.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.motcua.paper.ResultPapers;
import vn.motcua.paper.ResultPapers.ReceiptFacts;
import vn.motcua.paper.ResultPapers.ResultFacts;

/**
 * What a name may hold never stops a paper: a character the font has no glyph for (a unicorn emoji,
 * a Chinese character, a flag, a line break) is drawn as a replacement, and the rest of the name as
 * it is.
 */
@ExtendWith(OutputCaptureExtension.class)
class PdfResultPapersTest {

  static final String CODE = "000.00.04.H40-261126-0002";

  /**
   * 😀, 𝕏 and the zero-width joiner are in DejaVu Sans; 🦄, 中文, the flags' letters and tags, the
   * family's people, a tab and a line break are not.
   */
  static final String NAME = "Nguyễn Văn 😀🦄 An 𝕏 中文 🇻🇳 👨‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿\tThị\nHoa";

  static final Instant DECIDED = Instant.parse("2026-11-26T03:00:00Z");

  final PdfResultPapers papers = new PdfResultPapers();

  @Test
  void aResult_forANameWithCharactersTheFontLacks_drawsTheRest_andLogsTheReplacedOnesOnce(
      CapturedOutput output) throws IOException {
    byte[] pdf =
        papers.render(
            new ResultFacts(
                CODE,
                "3.000333",
                "Cấp Phiếu lý lịch tư pháp",
                NAME,
                "Công an tỉnh Nghệ An",
                DECIDED,
                "https://motcua.example/tra-cuu?code=" + CODE,
                List.of()));

    String text = text(pdf);
    // the Scottish flag's invisible tag characters are left out, its black flag replaced
    assertThat(text)
        .contains(
            "Người nộp hồ sơ: Nguyễn Văn 😀\uFFFD An 𝕏 \uFFFD\uFFFD \uFFFD\uFFFD "
                + "\uFFFD\u200D\uFFFD\u200D\uFFFD \uFFFD Thị Hoa")
        .contains("Cơ quan giải quyết: Công an tỉnh Nghệ An");
    assertThat(output.getOut())
        .containsOnlyOnce("Dossier " + CODE)
        .contains(
            "U+0009, U+000A, U+4E2D, U+6587, U+1F1F3, U+1F1FB, U+1F3F4, U+1F467, U+1F468, U+1F469, U+1F984, "
                + "U+E0062, U+E0063, U+E0067, U+E0073, U+E0074, U+E007F")
        .doesNotContain("U+200D")
        .doesNotContain("U+1F600")
        .doesNotContain("U+1D54F");
  }

  @Test
  void anInterlinkedGroupsResult_statesEachPart_itsAgency_andWhatItProducedOrWhyNot()
      throws IOException {
    byte[] pdf =
        papers.render(
            new ResultFacts(
                CODE,
                "LOCAL.LT-KS",
                "Liên thông: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế",
                "Nguyễn Văn An",
                "UBND xã Lam Thành",
                DECIDED,
                "https://motcua.example/tra-cuu?code=" + CODE,
                List.of(
                    new ResultPapers.PartOutcome(
                        "Đăng ký khai sinh",
                        "UBND xã Lam Thành",
                        "Đã xong",
                        "Số đăng ký khai sinh: 15/2026"),
                    new ResultPapers.PartOutcome(
                        "Đăng ký thường trú",
                        "Công an xã Lam Thành",
                        "Bị từ chối",
                        "Chủ hộ không đồng ý"))));

    assertThat(text(pdf))
        .contains("Phần 1: Đăng ký khai sinh: Đã xong (UBND xã Lam Thành): Số đăng ký khai sinh:")
        .contains("Phần 2: Đăng ký thường trú: Bị từ chối (Công an xã Lam Thành): Chủ hộ không")
        .doesNotContain("Hồ sơ đã được giải quyết theo đề nghị");
  }

  @Test
  void aFeeReceipt_forSuchAPayer_isRenderedToo() throws IOException {
    byte[] pdf =
        papers.receipt(
            new ReceiptFacts(
                CODE,
                "Cấp Phiếu lý lịch tư pháp",
                NAME,
                205_000,
                "ONLINE",
                "13900004",
                DECIDED,
                "https://motcua.example/tra-cuu?code=" + CODE));

    assertThat(text(pdf))
        .contains("Người nộp: Nguyễn Văn 😀\uFFFD An")
        .contains("Mã giao dịch / số biên lai: 13900004");
  }

  @Test
  void aNameTheFontDrawsWhole_isUnchanged_andNothingIsLogged(CapturedOutput output)
      throws IOException {
    byte[] pdf =
        papers.render(
            new ResultFacts(
                CODE,
                "1.001193",
                "Đăng ký khai sinh",
                "Nguyễn Văn An",
                "UBND xã Lam Thành",
                DECIDED,
                "https://motcua.example/tra-cuu?code=" + CODE,
                List.of()));

    assertThat(text(pdf)).contains("Người nộp hồ sơ: Nguyễn Văn An").doesNotContain("\uFFFD");
    assertThat(output.getOut()).doesNotContain("no glyph");
  }

  static String text(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      return new PDFTextStripper().getText(document);
    }
  }
}
