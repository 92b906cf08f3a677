package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What ./data/documents held before the shared store, copied into it at start: every document once,
 * checked against its name, the folder left as it was.
 */
class FolderMigrationTest {

  @TempDir Path folder;
  final SettableClock clock = new SettableClock();
  JdbcTemplate jdbc;
  DatabaseContentStore store;

  @BeforeEach
  void database() {
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(
            "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
            "sa",
            "");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .load()
        .migrate();
    jdbc = new JdbcTemplate(dataSource);
    store = new DatabaseContentStore(jdbc, clock);
  }

  /** Writes bytes where the old store kept them: ab/cd/abcd…. */
  Path old(byte[] bytes) throws IOException {
    Path file = FilesystemContentStore.pathOf(folder, ContentStore.sha256(bytes));
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  FolderMigration migration(StorageSettings.Kind kind) {
    return new FolderMigration(store, new StorageSettings(kind, folder, null));
  }

  List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void everyDocumentOfTheOldFolder_isCopiedOnce_andReadsBackFromTheStore() throws IOException {
    byte[] birth = "giấy chứng sinh".getBytes(StandardCharsets.UTF_8);
    byte[] result = ContentStoreScenarios.random(2 * 1024 * 1024 + 7);
    old(birth);
    old(result);
    Path damaged = old("bản gốc".getBytes(StandardCharsets.UTF_8));
    Files.writeString(damaged, "bản đã hỏng");
    Path halfWritten = folder.resolve("ab").resolve("abc.part");
    Files.createDirectories(halfWritten.getParent());
    Files.writeString(halfWritten, "dở dang");
    List<Path> before = filesIn(folder);

    FolderMigration.Outcome first = migration(StorageSettings.Kind.DATABASE).migrate(folder);

    assertThat(first.copied()).isEqualTo(2);
    assertThat(first.held()).isZero();
    assertThat(first.refused()).containsExactly(damaged);
    assertThat(ContentStoreScenarios.readAll(store.open(ContentStore.sha256(birth))))
        .isEqualTo(birth);
    assertThat(ContentStoreScenarios.readAll(store.open(ContentStore.sha256(result))))
        .isEqualTo(result);
    assertThat(store.holds(damaged.getFileName().toString())).isFalse();
    assertThat(filesIn(folder)).as("the folder is left as it was").isEqualTo(before);

    FolderMigration.Outcome again = migration(StorageSettings.Kind.DATABASE).migrate(folder);
    assertThat(again.copied()).isZero();
    assertThat(again.held()).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from document_content", Integer.class))
        .isEqualTo(2);
  }

  @Test
  void twoNodesStartingTogether_bothFinish_andEachDocumentIsStoredOnce() throws Exception {
    for (int i = 0; i < 20; i++) {
      old(("tài liệu " + i).getBytes(StandardCharsets.UTF_8));
    }
    CompletableFuture<FolderMigration.Outcome> one =
        CompletableFuture.supplyAsync(
            () -> migration(StorageSettings.Kind.DATABASE).migrate(folder));
    CompletableFuture<FolderMigration.Outcome> two =
        CompletableFuture.supplyAsync(
            () -> migration(StorageSettings.Kind.DATABASE).migrate(folder));
    assertThat(one.get().copied() + one.get().held()).isEqualTo(20);
    assertThat(two.get().copied() + two.get().held()).isEqualTo(20);
    assertThat(jdbc.queryForObject("select count(*) from document_content", Integer.class))
        .isEqualTo(20);
  }

  @Test
  void atStart_theFolderIsCopiedUnlessItIsTheConfiguredStore_orMissing() throws IOException {
    byte[] bytes = "đơn đề nghị".getBytes(StandardCharsets.UTF_8);
    old(bytes);
    migration(StorageSettings.Kind.FILESYSTEM).afterSingletonsInstantiated();
    assertThat(store.holds(ContentStore.sha256(bytes))).isFalse();

    new FolderMigration(
            store,
            new StorageSettings(StorageSettings.Kind.DATABASE, folder.resolve("không-có"), null))
        .afterSingletonsInstantiated();
    assertThat(store.holds(ContentStore.sha256(bytes))).isFalse();

    migration(StorageSettings.Kind.DATABASE).afterSingletonsInstantiated();
    assertThat(store.holds(ContentStore.sha256(bytes))).isTrue();
  }
}
