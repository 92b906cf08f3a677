package vn.motcua.document.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code motcua.storage.kind=database} (the default): bytes in the table {@code document_content}
 * of the application's database (migration V29: {@code bytea} on PostgreSQL, {@code BLOB} on H2),
 * one row per SHA-256, with its size and {@code last_used_at}, the application clock's instant of
 * the latest put. Every node reads what any node stored.
 *
 * <p>A put joins the caller's transaction, so the bytes are committed with the document row that
 * points at them, or not at all. Putting bytes already stored only updates {@code last_used_at};
 * two nodes putting the same new bytes at once both succeed: on PostgreSQL by {@code INSERT … ON
 * CONFLICT DO UPDATE} (the second waits for the first and then only touches the row), elsewhere by
 * catching the duplicate key and touching the row instead (H2 keeps its transaction going after a
 * failed statement).
 *
 * <p>Reads stream by slices: {@link #open} answers a stream that asks for {@value #SLICE} bytes at
 * a time ({@code substring(content from … for …)}), each slice in a short query of its own, so a
 * download holds no connection while the client reads, and a 20 MB PDF is never whole in memory: at
 * most one slice is, plus the driver's buffer for it. PostgreSQL's JDBC driver cannot stream a
 * {@code bytea} value (it reads a value whole), which is why slices; the column is stored
 * uncompressed out of line ({@code STORAGE EXTERNAL}), so PostgreSQL reads only the slice's pages.
 * Stored bytes never change, so slices of different queries belong together; bytes deleted while
 * being read (the sweeper only deletes what nothing has pointed at for the grace period) end the
 * stream with an {@link IOException}.
 *
 * <p>The sweeper's deletion is one {@code DELETE … WHERE last_used_at <= cutoff}: a put touching
 * the row at the same time is either before it (the row lock makes the delete wait and see the new
 * time: nothing deleted) or after it (the put finds no row and inserts the bytes anew).
 */
class DatabaseContentStore implements ContentStore {

  static final int SLICE = 1024 * 1024;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final boolean postgres;

  DatabaseContentStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    String product =
        jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    this.postgres = "PostgreSQL".equalsIgnoreCase(product);
  }

  @Override
  public String put(byte[] bytes) {
    String sha = ContentStore.sha256(bytes);
    OffsetDateTime now = now();
    if (touch(sha, now)) {
      return sha;
    }
    if (postgres) {
      jdbc.update(
          "insert into document_content (sha256, size_bytes, content, stored_at, last_used_at)"
              + " values (?, ?, ?, ?, ?)"
              + " on conflict (sha256) do update set last_used_at = excluded.last_used_at",
          sha,
          (long) bytes.length,
          bytes,
          now,
          now);
      return sha;
    }
    try {
      jdbc.update(
          "insert into document_content (sha256, size_bytes, content, stored_at, last_used_at)"
              + " values (?, ?, ?, ?, ?)",
          sha,
          (long) bytes.length,
          bytes,
          now,
          now);
    } catch (DuplicateKeyException storedMeanwhile) {
      touch(sha, now);
    }
    return sha;
  }

  private boolean touch(String sha, OffsetDateTime now) {
    return jdbc.update("update document_content set last_used_at = ? where sha256 = ?", now, sha)
        > 0;
  }

  @Override
  public InputStream open(String sha) {
    ContentStore.checked(sha);
    List<Slice> first =
        jdbc.query(
            "select size_bytes, substring(content from 1 for ?) from document_content"
                + " where sha256 = ?",
            (rs, i) -> new Slice(rs.getLong(1), rs.getBytes(2)),
            SLICE,
            sha);
    if (first.isEmpty()) {
      throw new UncheckedIOException(
          "cannot read document " + sha, new FileNotFoundException("no document_content " + sha));
    }
    return new SlicedStream(sha, first.get(0).size(), first.get(0).bytes());
  }

  @Override
  public boolean holds(String sha) {
    ContentStore.checked(sha);
    Integer found =
        jdbc.queryForObject(
            "select count(*) from document_content where sha256 = ?", Integer.class, sha);
    return found != null && found > 0;
  }

  @Override
  public Deletion deleteUnlessWrittenAfter(String sha, Instant cutoff) {
    ContentStore.checked(sha);
    int deleted =
        jdbc.update(
            "delete from document_content where sha256 = ? and last_used_at <= ?",
            sha,
            cutoff.atOffset(ZoneOffset.UTC));
    if (deleted > 0) {
      return Deletion.DELETED;
    }
    return holds(sha) ? Deletion.WRITTEN_LATELY : Deletion.ABSENT;
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private record Slice(long size, byte[] bytes) {}

  /** The stored bytes, fetched a slice at a time, each by a query of its own. */
  private final class SlicedStream extends InputStream {

    private final String sha;
    private final long size;
    private byte[] slice;
    private int inSlice;
    private long sliceStart;

    SlicedStream(String sha, long size, byte[] first) {
      this.sha = sha;
      this.size = size;
      this.slice = first == null ? new byte[0] : first;
    }

    @Override
    public int read() throws IOException {
      if (!ready()) {
        return -1;
      }
      return slice[inSlice++] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, into.length);
      if (length == 0) {
        return 0;
      }
      if (!ready()) {
        return -1;
      }
      int n = Math.min(length, slice.length - inSlice);
      System.arraycopy(slice, inSlice, into, offset, n);
      inSlice += n;
      return n;
    }

    @Override
    public int available() {
      return slice.length - inSlice;
    }

    /** True when a byte is there to read, fetching the next slice if needed. */
    private boolean ready() throws IOException {
      if (inSlice < slice.length) {
        return true;
      }
      long next = sliceStart + slice.length;
      if (next >= size) {
        return false;
      }
      List<byte[]> found;
      try {
        found =
            jdbc.query(
                "select substring(content from ? for ?) from document_content where sha256 = ?",
                (rs, i) -> rs.getBytes(1),
                Math.toIntExact(next + 1),
                SLICE,
                sha);
      } catch (RuntimeException e) {
        throw new IOException("cannot read document " + sha, e);
      }
      if (found.isEmpty() || found.get(0) == null || found.get(0).length == 0) {
        throw new IOException("document " + sha + " was deleted while it was read");
      }
      sliceStart = next;
      slice = found.get(0);
      inSlice = 0;
      return true;
    }
  }
}
