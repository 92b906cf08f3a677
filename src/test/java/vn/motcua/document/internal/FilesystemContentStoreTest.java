package vn.motcua.document.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The old local folder store, still there for deployments that choose it. */
class FilesystemContentStoreTest extends ContentStoreScenarios {

  @TempDir Path folder;
  FilesystemContentStore store;

  @BeforeEach
  void open() {
    store = new FilesystemContentStore(folder, clock);
  }

  @Override
  ContentStore store() {
    return store;
  }
}
