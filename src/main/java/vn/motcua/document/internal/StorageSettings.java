package vn.motcua.document.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.storage.*}: where documents' and results' bytes are kept (docs/configuration.md).
 *
 * @param kind {@code database} (the default), {@code s3} or {@code filesystem}
 * @param documents the folder of the {@code filesystem} kind; with another kind, the folder whose
 *     files are copied into the store at start ({@link FolderMigration})
 * @param s3 the object store of the {@code s3} kind
 */
@ConfigurationProperties("motcua.storage")
record StorageSettings(Kind kind, Path documents, S3 s3) {

  enum Kind {
    DATABASE,
    S3,
    FILESYSTEM
  }

  StorageSettings {
    kind = kind == null ? Kind.DATABASE : kind;
    documents = documents == null ? Path.of("./data/documents") : documents;
    s3 = s3 == null ? new S3(null, null, null, null, null, null, null) : s3;
  }

  /**
   * An S3-compatible object store (Amazon S3, MinIO, Ceph, a cloud provider's).
   *
   * @param endpoint its URL, e.g. {@code https://s3.example.vn}; empty: Amazon S3 of the region
   * @param region the signing region ({@code us-east-1} when the store does not care)
   * @param bucket the bucket, which must exist
   * @param keyPrefix put before every object's key (the SHA-256), e.g. {@code documents/}
   * @param accessKey the access key id
   * @param secretKey the secret access key: no default, anywhere
   * @param pathStyle {@code http://host/bucket/key} rather than {@code http://bucket.host/key}
   *     (most S3-compatible stores want it)
   */
  record S3(
      String endpoint,
      String region,
      String bucket,
      String keyPrefix,
      String accessKey,
      String secretKey,
      Boolean pathStyle) {

    S3 {
      endpoint = endpoint == null ? "" : endpoint.trim();
      region = region == null || region.isBlank() ? "us-east-1" : region.trim();
      keyPrefix = keyPrefix == null ? "" : keyPrefix;
      pathStyle = pathStyle == null || pathStyle;
    }

    /** Refuses to go on without a bucket or credentials, naming the missing setting. */
    void check() {
      require(bucket, "bucket");
      require(accessKey, "access-key");
      require(secretKey, "secret-key");
    }

    private static void require(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalStateException(
            "motcua.storage.kind is s3 but motcua.storage.s3." + name + " is not set");
      }
    }
  }
}
