package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Copies what the folder of the old local store holds ({@code motcua.storage.documents}, {@code
 * ./data/documents} by default) into the configured store when that is not the folder itself: at
 * every start, before the server takes requests, and only the files the store does not hold yet (so
 * a second start, or a second node starting at the same moment, copies nothing twice; two nodes
 * copying the same file at once both succeed, as any two puts of the same bytes do). A file is
 * copied only if its name is the SHA-256 of its bytes, and what the store answers afterwards is
 * hashed again: a copy that differs stops the start. The folder is left as it is; the log says it
 * may be removed. Why at start rather than a command: docs/adr/0010-documents-in-a-shared-store.md.
 */
@Component
class FolderMigration implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(FolderMigration.class);

  private final ContentStore store;
  private final StorageSettings settings;

  FolderMigration(ContentStore store, StorageSettings settings) {
    this.store = store;
    this.settings = settings;
  }

  record Outcome(int copied, int held, List<Path> refused) {}

  @Override
  public void afterSingletonsInstantiated() {
    if (settings.kind() != StorageSettings.Kind.FILESYSTEM
        && Files.isDirectory(settings.documents())) {
      migrate(settings.documents());
    }
  }

  Outcome migrate(Path folder) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the old document folder " + folder, e);
    }
    if (files.isEmpty()) {
      return new Outcome(0, 0, List.of());
    }
    int copied = 0;
    int held = 0;
    List<Path> refused = new java.util.ArrayList<>();
    for (Path file : files) {
      String sha = file.getFileName().toString();
      if (store.holds(sha)) {
        held++;
        continue;
      }
      byte[] bytes = read(file);
      if (!ContentStore.sha256(bytes).equals(sha)) {
        log.warn("Not copied: {} is not the SHA-256 of its bytes (damaged?)", file);
        refused.add(file);
        continue;
      }
      store.put(bytes);
      String back = hashOfStored(sha);
      if (!back.equals(sha)) {
        throw new IllegalStateException(
            "The document store answers other bytes for " + file + " than were copied: " + back);
      }
      copied++;
    }
    log.info(
        "Documents in the old folder {}: {} copied into the {} store, {} there already, {} not"
            + " copied (damaged). The folder is left as it was; once every node runs with this"
            + " store it may be removed.",
        folder.toAbsolutePath().normalize(),
        copied,
        settings.kind().name().toLowerCase(),
        held,
        refused.size());
    return new Outcome(copied, held, List.copyOf(refused));
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private String hashOfStored(String sha) {
    try (InputStream in = store.open(sha);
        DigestInputStream digest =
            new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
      digest.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back document " + sha, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
