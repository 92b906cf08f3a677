package vn.motcua.paper.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.motcua.paper.ResultPapers;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * The electronic result as an A4 PDF in Vietnamese (DejaVu Sans embedded for the diacritics). The
 * same facts give the same bytes, so storing it twice stores it once. Not yet signed: digital
 * signatures (PAdES) come with the paper module's signing work.
 */
@Component
class PdfResultPapers implements ResultPapers {

  private static final Logger log = LoggerFactory.getLogger(PdfResultPapers.class);
  private static final float MARGIN = 56;

  @Override
  public byte[] render(ResultFacts facts) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {text("paper.dossierCode"), facts.dossierCode()});
    rows.add(
        new String[] {
          text("paper.procedure"), facts.procedureName() + " (" + facts.procedureCode() + ")"
        });
    rows.add(new String[] {text("paper.result.applicant"), facts.applicantName()});
    rows.add(new String[] {text("paper.result.agency"), facts.agencyName()});
    rows.add(
        new String[] {
          text("paper.result.decidedAt"),
          facts.decidedAt() == null ? "" : VietnameseFormats.date(facts.decidedAt())
        });
    if (facts.parts().isEmpty()) {
      rows.add(new String[] {text("paper.result.outcome"), text("paper.result.outcome.granted")});
    }
    // an interlinked group: each part, the agency that worked it, and what it produced or why not
    for (int i = 0; i < facts.parts().size(); i++) {
      ResultPapers.PartOutcome part = facts.parts().get(i);
      rows.add(
          new String[] {
            text("paper.result.part", i + 1, part.name()),
            part.status()
                + " ("
                + part.agencyName()
                + ")"
                + (part.detail().isBlank() ? "" : ": " + part.detail())
          });
    }
    rows.add(new String[] {text("paper.lookup"), facts.lookupUrl()});
    return sheet(
        text("paper.result.heading"),
        rows,
        text("paper.result.footnote"),
        text("paper.result.title", facts.dossierCode()),
        facts.decidedAt(),
        facts.dossierCode());
  }

  @Override
  public byte[] receipt(ReceiptFacts facts) {
    return sheet(
        text("paper.receipt.heading"),
        List.of(
            new String[] {text("paper.dossierCode"), facts.dossierCode()},
            new String[] {text("paper.procedure"), facts.procedureName()},
            new String[] {text("paper.receipt.payer"), facts.payerName()},
            new String[] {text("paper.receipt.amount"), VietnameseFormats.vnd(facts.amount())},
            new String[] {
              text("paper.receipt.channel"),
              text(
                  "ONLINE".equals(facts.channel())
                      ? "paper.receipt.ONLINE"
                      : "paper.receipt.COUNTER")
            },
            new String[] {text("paper.receipt.reference"), facts.reference()},
            new String[] {
              text("paper.receipt.paidAt"),
              facts.paidAt() == null ? "" : VietnameseFormats.dateTime(facts.paidAt())
            },
            new String[] {text("paper.lookup"), facts.lookupUrl()}),
        text("paper.receipt.footnote"),
        text("paper.receipt.title", facts.dossierCode()),
        facts.paidAt(),
        facts.dossierCode());
  }

  /** The paper's words ({@code paper.*}): the papers are written in Vietnamese. */
  private static String text(String key, Object... args) {
    return VietnameseTexts.text(key, args);
  }

  /**
   * A one-page A4 sheet: the national heading, a title, labelled rows, a footnote. The same facts
   * give the same bytes.
   */
  private byte[] sheet(
      String heading,
      List<String[]> rows,
      String footnote,
      String title,
      Instant created,
      String code) {
    Set<Integer> replaced = new TreeSet<>();
    try (ParsedFonts.Lent fonts = ParsedFonts.lend();
        PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      FallbackFont regular = new FallbackFont(fonts.regular(document), replaced);
      FallbackFont bold = new FallbackFont(fonts.bold(document), replaced);
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      float width = page.getMediaBox().getWidth() - 2 * MARGIN;
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        float y = page.getMediaBox().getHeight() - MARGIN;
        y = centred(text, bold, 12, text("paper.nation"), page, y);
        y = centred(text, regular, 11, text("paper.motto"), page, y);
        y -= 24;
        y = centred(text, bold, 15, heading, page, y);
        y -= 16;
        for (String[] row : rows) {
          y = paragraph(text, bold, regular, 11, row[0] + ": ", row[1], MARGIN, y, width);
          y -= 6;
        }
        y -= 18;
        paragraph(text, regular, regular, 9, "", footnote, MARGIN, y, width);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setProducer(text("portal.site"));
      Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone(VietnameseFormats.VIETNAM));
      calendar.setTimeInMillis(created == null ? 0 : created.toEpochMilli());
      info.setCreationDate(calendar);
      document.save(out);
      if (!replaced.isEmpty()) {
        // once per paper, by dossier code: which result or receipt shows a replacement, and for
        // what
        log.warn(
            "Dossier {}: \"{}\" drawn with a replacement for characters its font has no glyph for: {}",
            code,
            title,
            replaced.stream()
                .map(c -> String.format("U+%04X", c))
                .collect(Collectors.joining(", ")));
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + title + " of " + code, e);
    }
  }

  private static float centred(
      PDPageContentStream text, FallbackFont font, float size, String line, PDPage page, float y)
      throws IOException {
    String drawable = font.drawable(line);
    float x =
        (page.getMediaBox().getWidth() - font.font().getStringWidth(drawable) / 1000 * size) / 2;
    text.beginText();
    text.setFont(font.font(), size);
    text.newLineAtOffset(x, y);
    text.showText(drawable);
    text.endText();
    return y - size * 1.5f;
  }

  /** A bold label followed by text, wrapped at word boundaries to the page width. */
  private static float paragraph(
      PDPageContentStream text,
      FallbackFont labelFallback,
      FallbackFont fallback,
      float size,
      String rawLabel,
      String value,
      float x,
      float y,
      float width)
      throws IOException {
    PDFont labelFont = labelFallback.font();
    PDFont font = fallback.font();
    String label = labelFallback.drawable(rawLabel);
    float labelWidth = labelFont.getStringWidth(label) / 1000 * size;
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float available = width - labelWidth;
    for (String word : fallback.drawable(value).split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > available && !line.isEmpty()) {
        lines.add(line.toString());
        line = new StringBuilder(word);
        available = width;
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    text.beginText();
    text.newLineAtOffset(x, y);
    text.setFont(labelFont, size);
    text.showText(label);
    text.setFont(font, size);
    text.showText(lines.get(0));
    text.endText();
    for (int i = 1; i < lines.size(); i++) {
      y -= size * 1.4f;
      text.beginText();
      text.newLineAtOffset(x, y);
      text.setFont(font, size);
      text.showText(lines.get(i));
      text.endText();
    }
    return y - size * 1.4f;
  }
}
