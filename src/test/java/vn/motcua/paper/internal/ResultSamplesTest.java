package vn.motcua.paper.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.paper.ResultTemplates;

/**
 * One sample of each procedure's result, rendered from its template as the application lays it out,
 * to {@code target/samples/result-<procedure>.pdf}; each shows its title.
 */
class ResultSamplesTest {

  private final SlipPdf pdf = new SlipPdf(null);

  @Test
  void eachProcedureIssuesItsOwnDocument() throws IOException {
    Files.createDirectories(Path.of("target/samples"));
    List<Path> descriptors;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      descriptors = files.filter(p -> p.toString().endsWith(".procedure.json")).sorted().toList();
    }
    int rendered = 0;
    for (Path descriptorFile : descriptors) {
      JsonNode descriptor = new ObjectMapper().readTree(descriptorFile.toFile());
      JsonNode result = descriptor.path("result");
      if (result.isMissingNode()) {
        assertThat(descriptor.path("parts").isEmpty())
            .as("%s: only an interlinked group keeps the generic result", descriptorFile)
            .isFalse();
        continue;
      }
      String process = descriptor.path("process").asText();
      String html = Files.readString(Path.of("processes", result.path("template").asText()));
      byte[] bytes =
          pdf.layOut(
              ResultTemplates.document(html, sample(html, result.path("title").asText())), process);
      Files.write(Path.of("target/samples/result-" + process + ".pdf"), bytes);
      try (PDDocument document = Loader.loadPDF(bytes)) {
        String text = new PDFTextStripper().getText(document);
        String headline = html.replaceAll("(?s).*<h1>(.*?)</h1>.*", "$1");
        assertThat(text).as("%s", process).contains(headline).contains("Nguyễn Văn An");
      }
      rendered++;
    }
    assertThat(rendered).isGreaterThanOrEqualTo(12);
  }

  /** A value for every placeholder: a name, a date, or the placeholder's own last word. */
  private static Map<String, String> sample(String html, String title) {
    Map<String, String> values = new HashMap<>();
    Matcher m = ResultTemplates.PLACEHOLDER.matcher(html);
    while (m.find()) {
      String name = m.group(1);
      String last = name.substring(name.lastIndexOf('.') + 1);
      String value =
          last.endsWith("FullName") || last.equals("fullName") || name.equals("leader.name")
              ? "Nguyễn Văn An"
              : last.endsWith("Date") || last.endsWith("At") || last.equals("date")
                  ? "20/11/2026"
                  : "«" + last + "»";
      values.put(name, value);
    }
    values.put("result.title", title);
    values.put("agency.name", "UBND xã Lam Thành");
    values.put("dossier.code", "000.00.04.H40-261120-0001");
    values.put("assessment.criminalRecordFinding", "Không có án tích");
    values.put("form.certificateType", "Phiếu số 1");
    return values;
  }
}
