package vn.motcua.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.document.internal.FakeS3;

/**
 * The whole application with {@code motcua.storage.kind=s3}, against a small S3 server on a free
 * local port ({@link FakeS3}): a citizen's upload lands in the bucket, not in the database, and
 * downloads byte for byte; what the old folder held is in the bucket after the start.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:s3store;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
      "motcua.storage.kind=s3",
      "motcua.storage.documents=" + S3StoreIT.OLD_FOLDER,
      "motcua.storage.s3.bucket=motcua-documents",
      "motcua.storage.s3.key-prefix=ho-so/",
      "motcua.storage.s3.access-key=motcua-app",
      "motcua.storage.s3.secret-key=test-only-secret"
    })
@ActiveProfiles("demo")
@DirtiesContext
class S3StoreIT {

  static final String OLD_FOLDER = "target/it-documents-s3-old";

  static final FakeS3 S3 = start();

  /** A document the old folder store kept before the upgrade. */
  static final byte[] OLD = ("%PDF-1.4 old " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

  static {
    String sha = sha256(OLD);
    Path file = Path.of(OLD_FOLDER, sha.substring(0, 2), sha.substring(2, 4), sha);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, OLD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void objectStore(DynamicPropertyRegistry registry) {
    registry.add("motcua.storage.s3.endpoint", S3::endpoint);
  }

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  static FakeS3 start() {
    try {
      return new FakeS3();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anUploadedDocument_isAnObjectOfTheBucket_andDownloadsFromIt() {
    byte[] pdf =
        (new String(Declarations.PDF, StandardCharsets.ISO_8859_1) + "% " + UUID.randomUUID())
            .getBytes(StandardCharsets.ISO_8859_1);
    ApiClient api = new ApiClient(rest);
    ResponseEntity<JsonNode> submitted =
        api.submitWithFiles(
            "citizen1",
            Declarations.birthRegistration(4, "ELECTRONIC", 10),
            List.of(
                new ApiClient.File(
                    "birthCertificate", "giay-chung-sinh.pdf", "application/pdf", pdf)),
            null);
    assertThat(submitted.getStatusCode().value())
        .as(String.valueOf(submitted.getBody()))
        .isEqualTo(201);
    String code = submitted.getBody().path("code").asText();

    String sha = sha256(pdf);
    assertThat(S3.objects()).containsKey("motcua-documents/ho-so/" + sha);
    assertThat(S3.objects().get("motcua-documents/ho-so/" + sha).bytes()).isEqualTo(pdf);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from document_content where sha256 = ?", Integer.class, sha))
        .as("not in the database")
        .isZero();

    JsonNode component = api.dossier("citizen1", code).path("components").get(0);
    ResponseEntity<byte[]> download =
        rest.withBasicAuth("citizen1", ApiClient.PASSWORD)
            .exchange(
                "/api/v1/dossiers/" + code + "/components/" + component.path("documentId").asText(),
                HttpMethod.GET,
                null,
                byte[].class);
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getBody()).isEqualTo(pdf);
    assertThat(S3.requests).contains("GET /motcua-documents/ho-so/" + sha);
  }

  @Test
  void whatTheOldFolderHeld_isInTheBucketAfterTheStart_andTheFolderIsLeftAsItWas() {
    String sha = sha256(OLD);
    assertThat(S3.objects().get("motcua-documents/ho-so/" + sha))
        .isNotNull()
        .extracting(FakeS3.StoredObject::bytes)
        .isEqualTo(OLD);
    assertThat(Path.of(OLD_FOLDER, sha.substring(0, 2), sha.substring(2, 4), sha)).exists();
  }
}
