package vn.motcua.paper.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.motcua.shared.VietnameseTexts;

/**
 * Lays a slip's template ({@code templates/slips/<name>.html}, well-formed XHTML, Thymeleaf) out as
 * an A4 PDF: the texts from the Vietnamese bundle whatever the reader's language, DejaVu Sans
 * embedded for the diacritics. A character the font has no glyph for is drawn as a placeholder,
 * never a failure: a slip must not be lost to an odd character in a name.
 */
@Component
class SlipPdf {

  static final String FONT = "DejaVu Sans";

  /** Pixels a side of the QR code's image; the template sets its printed size. */
  private static final int QR_PIXELS = 264;

  private final ITemplateEngine templates;

  SlipPdf(ITemplateEngine templates) {
    this.templates = templates;
  }

  /** The template filled with {@code model}, as XHTML (what the PDF is laid out from). */
  String html(String template, Map<String, Object> model) {
    return templates.process("slips/" + template, new Context(VietnameseTexts.VIETNAMESE, model));
  }

  byte[] pdf(String template, Map<String, Object> model) {
    return layOut(html(template, model), "the slip " + template);
  }

  /**
   * Lays well-formed XHTML out as an A4 PDF with the slips' fonts; nothing is loaded from outside
   * the document but {@code data:} images (a result template comes with an analyst's deployment).
   */
  byte[] layOut(String html, String what) {
    try (ParsedFonts.Lent fonts = ParsedFonts.lend();
        PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(document);
      builder.useFont(
          new PDFontSupplier(fonts.regular(document)), FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(new PDFontSupplier(fonts.bold(document)), FONT, 700, FontStyle.NORMAL, true);
      builder.withProducer(VietnameseTexts.text("portal.site"));
      builder.useExternalResourceAccessControl(
          (uri, type) -> uri != null && uri.startsWith("data:"),
          ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          (uri, type) -> uri != null && uri.startsWith("data:"),
          ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + what, e);
    }
  }

  /**
   * A PNG of the QR code of {@code text} as a data URI, for an {@code img} of the template: level
   * M, a quiet zone of 4 modules, no character-set hint (the look-up address is ASCII).
   */
  static String qrDataUri(String text) {
    try {
      var matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  QR_PIXELS,
                  QR_PIXELS,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", png);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (WriterException | IOException e) {
      throw new IllegalStateException("no QR code for " + text, e);
    }
  }
}
