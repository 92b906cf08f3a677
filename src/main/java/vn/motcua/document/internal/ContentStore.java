package vn.motcua.document.internal;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Bytes addressed by their SHA-256: the same bytes are kept once, stored bytes never change, and
 * every node of a deployment reads what any node wrote (except with the {@code filesystem} kind on
 * a disk of its own). Which store is configured by {@code motcua.storage.kind} ({@link
 * ContentStoreConfiguration}).
 *
 * <p>What {@link ContentSweeper} needs of every store: a put of bytes already stored counts as a
 * fresh use of them (the store notes the application clock's instant), and a deletion only deletes
 * bytes that no put met after the cutoff.
 */
interface ContentStore {

  /** Stores these bytes, or marks them as used now when they are there already; their SHA-256. */
  String put(byte[] bytes);

  /**
   * The stored bytes; the caller closes the stream.
   *
   * @throws java.io.UncheckedIOException when no such bytes are stored or the store fails
   */
  InputStream open(String sha256);

  /** Whether these bytes are stored (without marking them as used). */
  boolean holds(String sha256);

  /** Deletes these bytes unless a put met them after {@code cutoff}. */
  Deletion deleteUnlessWrittenAfter(String sha256, Instant cutoff);

  enum Deletion {
    DELETED,
    ABSENT,
    WRITTEN_LATELY
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The address itself, checked: it ends up in file names, SQL parameters and object keys. */
  static String checked(String sha256) {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return sha256;
  }
}
