package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The S3 store through the real AWS SDK and its URL-connection client, against {@link FakeS3} on a
 * free local port: what goes over the wire is what an S3-compatible store gets.
 */
class S3ContentStoreTest extends ContentStoreScenarios {

  FakeS3 fake;
  S3ContentStore store;

  @BeforeEach
  void connect() throws IOException {
    fake = new FakeS3();
    store =
        S3ContentStore.connect(
            new StorageSettings.S3(
                fake.endpoint(), "", "motcua", "documents/", "motcua-app", "s3-secret", true),
            clock);
  }

  @AfterEach
  void close() {
    store.close();
    fake.close();
  }

  @Override
  ContentStore store() {
    return store;
  }

  @Test
  void objectsAreKeyedByPrefixAndSha256_inTheBucket_withTheirLastUse() {
    byte[] bytes = unique("kết quả");
    String sha = store.put(bytes);
    FakeS3.StoredObject object = fake.objects().get("motcua/documents/" + sha);
    assertThat(object).isNotNull();
    assertThat(object.bytes()).isEqualTo(bytes);
    assertThat(object.metadata()).containsEntry("last-used", clock.instant().toString());
    assertThat(fake.requests).contains("PUT /motcua/documents/" + sha);
  }

  @Test
  void withoutABucketOrASecret_theStoreRefusesToStart_namingTheSetting() {
    assertThatThrownBy(
            () ->
                S3ContentStore.connect(
                    new StorageSettings.S3(fake.endpoint(), "", "b", "", "key", "", true), clock))
        .hasMessageContaining("motcua.storage.s3.secret-key");
    assertThatThrownBy(
            () ->
                S3ContentStore.connect(
                    new StorageSettings.S3(fake.endpoint(), "", null, "", "key", "s", true), clock))
        .hasMessageContaining("motcua.storage.s3.bucket");
  }
}
