package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bytes addressed by their SHA-256 under one folder ({@code ab/cd/abcd…}): the same file is kept
 * once, a stored file never changes, and a write is atomic (temporary file, then move).
 */
@Component
class ContentStore {

  private final Path root;

  ContentStore(@Value("${motcua.storage.documents:./data/documents}") Path root) {
    this.root = root;
  }

  String put(byte[] bytes) {
    String sha = sha256(bytes);
    Path target = pathOf(sha);
    if (Files.exists(target)) {
      return sha;
    }
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), sha, ".part");
      Files.write(tmp, bytes);
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
