package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The papers the application issues, one sample of each as the tests received them over HTTP, in
 * {@code target/samples/} for a reader to open: {@code slip-01-receipt.pdf} … {@code
 * slip-06-process-control.pdf}, {@code result-<process>.pdf}, {@code register.csv} and {@code
 * register.xlsx}. Each PDF is written only once its Vietnamese title was read back from it, by
 * PDFBox and, where poppler-utils is installed ({@code .ci/run} installs it), by {@code pdftotext}
 * as a reader's tool would.
 */
final class Samples {

  static final Path DIR = Path.of("target", "samples");

  private Samples() {}

  /** Writes the PDF as {@code name} after checking that its text carries {@code title}. */
  static void pdf(String name, byte[] pdf, String title) throws Exception {
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).as(name).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(oneLine(new PDFTextStripper().getText(document))).as(name).contains(title);
    }
    Path file = write(name, pdf);
    String poppler = pdftotext(file);
    if (poppler != null) {
      assertThat(oneLine(poppler)).as("pdftotext " + name).contains(title);
    }
  }

  /** The text with each run of white space (a title broken over two lines) as one space. */
  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /**
   * Writes the result the procedure {@code procedureCode} issued as {@code result-<process>.pdf},
   * after checking that it carries the title of the procedure's template.
   */
  static void result(String procedureCode, byte[] pdf) throws Exception {
    pdf(resultName(procedureCode), pdf, resultTitle(procedureCode));
  }

  /** Writes a sample that is not a PDF (the register as CSV or XLSX). */
  static Path write(String name, byte[] content) throws IOException {
    Files.createDirectories(DIR);
    return Files.write(DIR.resolve(name), content);
  }

  /**
   * The PDF's text as poppler's {@code pdftotext} reads it, or null where poppler-utils is not
   * installed.
   */
  static String pdftotext(Path pdf) throws Exception {
    Process process;
    try {
      process =
          new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
              .redirectErrorStream(true)
              .start();
    } catch (IOException notInstalled) {
      return null;
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  /**
   * The sample's name for the result of the procedure {@code procedureCode}: result-process.pdf.
   */
  static String resultName(String procedureCode) {
    return "result-" + descriptor(procedureCode).path("process").asText() + ".pdf";
  }

  /**
   * The title the procedure's result carries, the heading of its template ({@code
   * processes/<process>.result.html}), e.g. "TRÍCH LỤC KHAI SINH".
   */
  static String resultTitle(String procedureCode) {
    String template = descriptor(procedureCode).path("result").path("template").asText();
    try {
      String html = Files.readString(Path.of("processes", template));
      return html.replaceAll("(?s).*?<h1>(.*?)</h1>.*", "$1").strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The descriptor {@code processes/*.procedure.json} of the procedure with this code. */
  private static JsonNode descriptor(String procedureCode) {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".procedure.json")).toList()) {
        JsonNode descriptor = json.readTree(file.toFile());
        if (procedureCode.equals(descriptor.path("code").asText())) {
          return descriptor;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no processes/*.procedure.json with the code " + procedureCode);
  }
}
