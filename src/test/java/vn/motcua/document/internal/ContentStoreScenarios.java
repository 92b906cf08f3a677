package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every document store does, whichever it is: the sweeper's and the document service's view of
 * it (content addressing, dedup, a put of stored bytes as a fresh use, deletion only of bytes no
 * put met after the cutoff).
 */
abstract class ContentStoreScenarios {

  final SettableClock clock = new SettableClock();

  /** The store under test, on {@link #clock}. */
  abstract ContentStore store();

  static byte[] unique(String text) {
    return (text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
  }

  /** Bytes no compression shrinks, as a scanned PDF's. */
  static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192 + 17];
      for (int n; (n = in.read(buffer)) != -1; ) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  @Test
  void whatIsPut_isReadBack_underItsSha256() throws IOException {
    byte[] bytes = unique("giấy khai sinh");
    String sha = store().put(bytes);
    assertThat(sha).isEqualTo(ContentStore.sha256(bytes)).matches("[0-9a-f]{64}");
    assertThat(store().holds(sha)).isTrue();
    assertThat(readAll(store().open(sha))).isEqualTo(bytes);
  }

  @Test
  void aLargeResult_readsBackWhole_byteForByte() throws IOException {
    byte[] bytes = random(3 * 1024 * 1024 + 12345);
    String sha = store().put(bytes);
    assertThat(readAll(store().open(sha))).isEqualTo(bytes);
    try (InputStream in = store().open(sha)) {
      assertThat(in.read()).isEqualTo(bytes[0] & 0xff);
      assertThat(in.skip(bytes.length - 2L)).isEqualTo(bytes.length - 2L);
      assertThat(in.read()).isEqualTo(bytes[bytes.length - 1] & 0xff);
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void bytesNeverStored_areNotFound() {
    String sha = ContentStore.sha256(unique("không có"));
    assertThat(store().holds(sha)).isFalse();
    assertThatThrownBy(() -> store().open(sha).close())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(sha);
    assertThatThrownBy(() -> store().open("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bytesUsedBeforeTheCutoff_areDeleted_andThenAbsent() {
    byte[] bytes = unique("đã bỏ");
    String sha = store().put(bytes);
    clock.advance(Duration.ofHours(2));
    Instant cutoff = clock.instant().minus(Duration.ofHours(1));
    assertThat(store().deleteUnlessWrittenAfter(sha, cutoff))
        .isEqualTo(ContentStore.Deletion.DELETED);
    assertThat(store().holds(sha)).isFalse();
    assertThat(store().deleteUnlessWrittenAfter(sha, cutoff))
        .isEqualTo(ContentStore.Deletion.ABSENT);
  }

  @Test
  void aPutOfStoredBytes_countsAsAFreshUse_soTheSweeperKeepsThem() throws IOException {
    byte[] bytes = unique("tải lên lại");
    String sha = store().put(bytes);
    clock.advance(Duration.ofHours(2));
    assertThat(store().put(bytes)).isEqualTo(sha);
    Instant cutoff = clock.instant().minus(Duration.ofHours(1));
    assertThat(store().deleteUnlessWrittenAfter(sha, cutoff))
        .isEqualTo(ContentStore.Deletion.WRITTEN_LATELY);
    assertThat(readAll(store().open(sha))).isEqualTo(bytes);

    clock.advance(Duration.ofHours(2));
    assertThat(store().deleteUnlessWrittenAfter(sha, clock.instant().minus(Duration.ofHours(1))))
        .isEqualTo(ContentStore.Deletion.DELETED);
  }

  @Test
  void bytesDeletedAndPutAgain_areStoredAnew() throws IOException {
    byte[] bytes = unique("lại");
    String sha = store().put(bytes);
    clock.advance(Duration.ofHours(2));
    store().deleteUnlessWrittenAfter(sha, clock.instant());
    assertThat(store().put(bytes)).isEqualTo(sha);
    assertThat(readAll(store().open(sha))).isEqualTo(bytes);
  }
}
