package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bytes addressed by their SHA-256 under one folder ({@code ab/cd/abcd…}): the same file is kept
 * once, a stored file never changes, and a write is atomic (temporary file, then move). A write of
 * bytes already there touches the file, so {@link ContentSweeper} sees it as freshly used. Files
 * are stamped with the application's clock, not the file system's, because the sweeper compares
 * them with it.
 */
@Component
class ContentStore {

  private final Path root;
  private final Clock clock;

  ContentStore(@Value("${motcua.storage.documents:./data/documents}") Path root, Clock clock) {
    this.root = root;
    this.clock = clock;
  }

  String put(byte[] bytes) {
    String sha = sha256(bytes);
    Path target = pathOf(sha);
    try {
      if (Files.exists(target) && touch(target)) {
        return sha;
      }
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), sha, ".part");
      Files.write(tmp, bytes);
      Files.setLastModifiedTime(tmp, FileTime.from(clock.instant()));
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return sha;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store document " + sha, e);
    }
  }

  InputStream open(String sha) {
    try {
      return Files.newInputStream(pathOf(sha));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read document " + sha, e);
    }
  }

  /**
   * Deletes these bytes unless a write met them after {@code cutoff}. The file is first moved
   * aside, so a write racing the deletion either touched it before (and it is put back) or finds no
   * file and writes it anew.
   */
  Deletion deleteUnlessWrittenAfter(String sha, Instant cutoff) {
    Path file = pathOf(sha);
    Path aside = file.resolveSibling(sha + ".deleting");
    try {
      try {
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
      } catch (NoSuchFileException gone) {
        return Deletion.ABSENT;
      }
      if (Files.getLastModifiedTime(aside).toInstant().isAfter(cutoff)) {
        if (Files.exists(file)) {
          Files.delete(aside);
        } else {
          Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
        }
        return Deletion.WRITTEN_LATELY;
      }
      Files.delete(aside);
      return Deletion.DELETED;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete document " + sha, e);
    }
  }

  enum Deletion {
    DELETED,
    ABSENT,
    WRITTEN_LATELY
  }

  /** Marks bytes already stored as freshly used; false when they went away meanwhile. */
  private boolean touch(Path file) throws IOException {
    try {
      Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
      return true;
    } catch (NoSuchFileException gone) {
      return false;
    }
  }

  private Path pathOf(String sha) {
    if (!sha.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + sha);
    }
    return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
