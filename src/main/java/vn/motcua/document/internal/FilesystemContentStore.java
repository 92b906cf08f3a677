package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code motcua.storage.kind=filesystem}: bytes as files under one folder ({@code ab/cd/abcd…}), a
 * write atomic (temporary file, then move). A write of bytes already there touches the file, so
 * {@link ContentSweeper} sees it as freshly used. Files are stamped with the application's clock,
 * not the file system's, because the sweeper compares them with it. Several nodes see the same
 * bytes only if the folder is a disk they share.
 */
class FilesystemContentStore implements ContentStore {

  private final Path root;
  private final Clock clock;

  FilesystemContentStore(Path root, Clock clock) {
    this.root = root;
    this.clock = clock;
  }

  @Override
  public String put(byte[] bytes) {
    String sha = ContentStore.sha256(bytes);
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

  @Override
  public InputStream open(String sha) {
    try {
      return Files.newInputStream(pathOf(sha));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read document " + sha, e);
    }
  }

  @Override
  public boolean holds(String sha) {
    return Files.isRegularFile(pathOf(sha));
  }

  /**
   * The file is first moved aside, so a write racing the deletion either touched it before (and it
   * is put back) or finds no file and writes it anew.
   */
  @Override
  public Deletion deleteUnlessWrittenAfter(String sha, Instant cutoff) {
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

  /** Marks bytes already stored as freshly used; false when they went away meanwhile. */
  private boolean touch(Path file) throws IOException {
    try {
      Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
      return true;
    } catch (NoSuchFileException gone) {
      return false;
    }
  }

  /** Where the bytes of this SHA-256 are (or would be) under {@code root}. */
  static Path pathOf(Path root, String sha) {
    ContentStore.checked(sha);
    return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
  }

  private Path pathOf(String sha) {
    return pathOf(root, sha);
  }
}
