package vn.motcua.document.internal;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@code motcua.storage.kind=s3}: bytes as objects of an S3-compatible store, keyed by the prefix
 * and the SHA-256, over the AWS SDK v2 with the JDK's HTTP client. Every node reads what any node
 * stored; a download streams from the store's response.
 *
 * <p>A put always sends the object, with the application clock's instant as its metadata {@code
 * last-used}: putting bytes that are there already rewrites the same bytes and marks them as
 * freshly used, which is what {@link ContentSweeper} reads, and two nodes putting at once both
 * leave the same object. The request and response checksums of the SDK are sent only where the
 * operation needs them, as S3-compatible stores do not all take the SDK's newer defaults.
 *
 * <p>The sweeper's deletion reads {@code last-used} (the object's own modification time when it has
 * none), then deletes: unlike the other stores, a put of the same bytes landing between those two
 * requests, after the grace period, for bytes no document pointed at any more, would be lost. S3
 * offers no portable conditional delete that tells the two puts apart (their ETags are equal).
 */
class S3ContentStore implements ContentStore, AutoCloseable {

  static final String LAST_USED = "last-used";

  private final S3Client s3;
  private final String bucket;
  private final String prefix;
  private final Clock clock;

  S3ContentStore(S3Client s3, String bucket, String prefix, Clock clock) {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix;
    this.clock = clock;
  }

  static S3ContentStore connect(StorageSettings.S3 settings, Clock clock) {
    settings.check();
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClient(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(10))
                    .socketTimeout(Duration.ofSeconds(60))
                    .build())
            .region(Region.of(settings.region()))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
            .forcePathStyle(settings.pathStyle())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    if (!settings.endpoint().isEmpty()) {
      builder.endpointOverride(URI.create(settings.endpoint()));
    }
    return new S3ContentStore(builder.build(), settings.bucket(), settings.keyPrefix(), clock);
  }

  @Override
  public String put(byte[] bytes) {
    String sha = ContentStore.sha256(bytes);
    try {
      s3.putObject(
          b ->
              b.bucket(bucket)
                  .key(key(sha))
                  .contentType("application/octet-stream")
                  .metadata(Map.of(LAST_USED, clock.instant().toString())),
          RequestBody.fromInputStream(new ByteArrayInputStream(bytes), bytes.length));
      return sha;
    } catch (SdkException e) {
      throw new UncheckedIOException(
          "cannot store document " + sha, new IOException(e.getMessage(), e));
    }
  }

  @Override
  public InputStream open(String sha) {
    String key = key(ContentStore.checked(sha));
    try {
      return s3.getObject(b -> b.bucket(bucket).key(key));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        throw new UncheckedIOException(
            "cannot read document " + sha, new FileNotFoundException("no object " + key));
      }
      throw failed("read", sha, e);
    } catch (SdkException e) {
      throw failed("read", sha, e);
    }
  }

  @Override
  public boolean holds(String sha) {
    return head(ContentStore.checked(sha)).isPresent();
  }

  @Override
  public Deletion deleteUnlessWrittenAfter(String sha, Instant cutoff) {
    Optional<HeadObjectResponse> head = head(ContentStore.checked(sha));
    if (head.isEmpty()) {
      return Deletion.ABSENT;
    }
    if (lastUsed(head.get()).isAfter(cutoff)) {
      return Deletion.WRITTEN_LATELY;
    }
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(key(sha)));
      return Deletion.DELETED;
    } catch (SdkException e) {
      throw failed("delete", sha, e);
    }
  }

  private static Instant lastUsed(HeadObjectResponse head) {
    String noted = head.metadata().get(LAST_USED);
    if (noted != null) {
      try {
        return Instant.parse(noted);
      } catch (DateTimeParseException notOurs) {
        // fall back on the store's time
      }
    }
    return head.lastModified() == null ? Instant.MAX : head.lastModified();
  }

  private Optional<HeadObjectResponse> head(String sha) {
    try {
      return Optional.of(s3.headObject(b -> b.bucket(bucket).key(key(sha))));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw failed("look up", sha, e);
    } catch (SdkException e) {
      throw failed("look up", sha, e);
    }
  }

  private String key(String sha) {
    return prefix + sha;
  }

  private static UncheckedIOException failed(String what, String sha, SdkException e) {
    return new UncheckedIOException(
        "cannot " + what + " document " + sha, new IOException(e.getMessage(), e));
  }

  @Override
  public void close() {
    s3.close();
  }
}
