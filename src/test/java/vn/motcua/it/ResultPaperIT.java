package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A name holding characters the papers' font cannot draw still gets its dossier a result and a fee
 * receipt: the electronic result is rendered, stored and delivered with no failed job and no
 * incident.
 */
@IntegrationTest
class ResultPaperIT {

  /** 🦄 and 中 have no glyph in DejaVu Sans; 😀 and 𝕏 have. */
  static final String NAME = "Nguyễn Văn 😀🦄 An 𝕏 中";

  @Autowired TestRestTemplate rest;

  @Autowired JdbcTemplate jdbc;

  @LocalServerPort int port;

  @Test
  void aNameTheFontCannotDrawWhole_stillGetsItsElectronicResultAndFeeReceipt() throws IOException {
    ApiClient api = new ApiClient(rest);
    // a context shared with other classes: what this dossier adds counts, not what was there
    int incidentsBefore = incidents(api);
    int failedJobsBefore = failedJobs(api);
    String code =
        api.submitCode("citizen2", Declarations.judicialRecord(4, "ELECTRONIC", "standard", 2));
    // the name as the e-ID or an older record may bring it: what input accepts is not what keeps a
    // paper safe
    assertThat(jdbc.update("update dossier set applicant_name = ? where code = ?", NAME, code))
        .isEqualTo(1);
    // and in the declaration, whose name the certificate carries
    assertThat(
            jdbc.update(
                "update dossier set form_data = replace(form_data, 'TRẦN THỊ BÌNH', ?)"
                    + " where code = ?",
                NAME,
                code))
        .isEqualTo(1);
    api.approveJudicialRecord(code);
    api.awaitStatus("citizen2", code, "AWAITING_PAYMENT");
    api.payOnline("citizen2", code, "success");

    api.awaitStatus("citizen2", code, "DELIVERED");
    assertThat(incidents(api)).as("incidents").isEqualTo(incidentsBefore);
    assertThat(failedJobs(api)).as("failed jobs").isEqualTo(failedJobsBefore);

    ResponseEntity<byte[]> result =
        rest.withBasicAuth("citizen2", ApiClient.PASSWORD)
            .getForEntity("/api/v1/dossiers/" + code + "/result", byte[].class);
    assertThat(result.getStatusCode().value()).isEqualTo(200);
    assertThat(text(result.getBody()))
        .as(
            "the certificate (the procedure's result template) draws what it can, a mark for the rest")
        .containsPattern("Họ và tên: Nguyễn Văn 😀[#\uFFFD] An 𝕏 [#\uFFFD]");

    HttpResponse<byte[]> receipt =
        PortalClient.signedIn(port, "citizen2").getBytes("/ho-so-cua-toi/" + code + "/bien-lai");
    assertThat(receipt.statusCode()).isEqualTo(200);
    assertThat(text(receipt.body())).contains("Người nộp: Nguyễn Văn 😀\uFFFD An");
  }

  static int incidents(ApiClient api) {
    return api.get("admin", "/engine-rest/incident/count").getBody().path("count").asInt();
  }

  static int failedJobs(ApiClient api) {
    return api.get("admin", "/engine-rest/job/count?withException=true")
        .getBody()
        .path("count")
        .asInt();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
