package org.civicbroker.broker.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine itself: group commits, conditions inside a group, undone parts and after-commit
 * actions, format checks, checkpoints.
 */
class EmbeddedStorageTest {
  @TempDir Path dir;

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String s(byte[] b) {
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(10));
  }

  @Test
  void writesAreReadBackAfterReopening() {
    try (EmbeddedStorage store = EmbeddedStorage.open(dir, EmbeddedOptions.forTests())) {
      await(
          store.write(
              c -> {
                c.put(Column.ENTITIES, b("a"), b("1"));
                return null;
              },
              true));
      assertThat(s(store.get(Column.ENTITIES, b("a")))).isEqualTo("1");
    }
    try (EmbeddedStorage store = EmbeddedStorage.open(dir, EmbeddedOptions.forTests())) {
      assertThat(s(store.get(Column.ENTITIES, b("a")))).isEqualTo("1");
      assertThat(store.get(Column.OUTBOX, b("a"))).isNull();
    }
  }

  @Test
  void tasksOfOneGroupSeeEachOthersWritesAndAFailedTaskLeavesNothing() {
    try (EmbeddedStorage store = EmbeddedStorage.open(dir, EmbeddedOptions.forTests())) {
      List<Uni<String>> results = new ArrayList<>();
      AtomicInteger n = new AtomicInteger();
      for (int i = 0; i < 200; i++) {
        int k = i;
        results.add(
            store.write(
                c -> {
                  byte[] current = c.get(Column.ENTITIES, b("counter"));
                  int next = current == null ? 1 : Integer.parseInt(s(current)) + 1;
                  c.put(Column.ENTITIES, b("counter"), b(Integer.toString(next)));
                  if (k % 10 == 0) {
                    c.put(Column.ENTITIES, b("bad" + k), b("x"));
                    throw new IllegalStateException("task " + k + " fails");
                  }
                  n.incrementAndGet();
                  return "ok";
                },
                true));
      }
      int failed = 0;
      for (Uni<String> r : results) {
        try {
          await(r);
        } catch (IllegalStateException e) {
          failed++;
        }
      }
      assertThat(failed).isEqualTo(20);
      assertThat(s(store.get(Column.ENTITIES, b("counter")))).isEqualTo(Integer.toString(n.get()));
      assertThat(store.get(Column.ENTITIES, b("bad10"))).isNull();
    }
  }

  @Test
  void afterCommitActionsRunForCommittedWritesOnlyAndBeforeTheCallerHears() {
    List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
    try (EmbeddedStorage store = EmbeddedStorage.open(dir, EmbeddedOptions.forTests())) {
      Uni<Object> failing =
          store.write(
              c -> {
                c.put(Column.ENTITIES, b("failed"), b("x"));
                c.afterCommit(() -> ran.add("failed task"));
                throw new IllegalStateException("fails");
              },
              true);
      String kept =
          await(
              store.write(
                  c -> {
                    c.put(Column.ENTITIES, b("kept"), b("1"));
                    c.afterCommit(() -> ran.add("kept"));
                    try {
                      c.attempt(
                          () -> {
                            c.put(Column.ENTITIES, b("undone"), b("2"));
                            c.afterCommit(() -> ran.add("undone part"));
                            throw new IllegalStateException("part fails");
                          });
                    } catch (IllegalStateException expected) {
                      c.put(Column.ENTITIES, b("after"), b("3"));
                    }
                    return String.join(",", ran);
                  },
                  true));
      assertThatThrownBy(() -> await(failing)).hasMessage("fails");

      assertThat(kept).isEmpty();
      assertThat(ran).containsExactly("kept");
      assertThat(s(store.get(Column.ENTITIES, b("kept")))).isEqualTo("1");
      assertThat(s(store.get(Column.ENTITIES, b("after")))).isEqualTo("3");
      assertThat(store.get(Column.ENTITIES, b("undone"))).isNull();
      assertThat(store.get(Column.ENTITIES, b("failed"))).isNull();
    }
  }

  @Test
  void scansSeeOnlyTheirPrefixInKeyOrder() {
    try (EmbeddedStorage store = EmbeddedStorage.open(dir, EmbeddedOptions.forTests())) {
      await(
          store.write(
              c -> {
                for (String k : List.of("t\0b", "t\0a", "u\0a", "t\u0001x", "s\0z")) {
                  c.put(Column.ENTITIES, b(k), b(k));
                }
                return null;
              },
              true));
      List<String> keys = new ArrayList<>();
      try (Cursor cursor = store.scan(Column.ENTITIES, b("t\0"))) {
        cursor.forEachRemaining(e -> keys.add(s(e.key())));
      }
      assertThat(keys).containsExactly("t\0a", "t\0b");
    }
  }

  @Test
  void aDirectoryOfANewerFormatIsRefusedWithAClearMessage() throws Exception {
    Files.writeString(dir.resolve("FORMAT"), "civic-broker-embedded-store 99\n");
    assertThatThrownBy(() -> EmbeddedStorage.open(dir, EmbeddedOptions.forTests()))
        .isInstanceOf(StoreFormat.StoreFormatException.class)
        .hasMessageContaining("format 99")
        .hasMessageContaining("newer broker");
  }

  @Test
  void aDirectoryWithOtherFilesIsNotTakenOver() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> EmbeddedStorage.open(dir, EmbeddedOptions.forTests()))
        .isInstanceOf(StoreFormat.StoreFormatException.class)
        .hasMessageContaining("notes.txt");
  }

  @Test
  void aDirectoryHoldingOnlyAMigratedLegacyStoreIsTakenOver() throws Exception {
    Files.createDirectories(dir.resolve("legacy-h2"));
    Files.writeString(dir.resolve("legacy-h2/MIGRATED"), "{}");
    try (EmbeddedStorage store = EmbeddedStorage.open(dir, EmbeddedOptions.forTests())) {
      assertThat(store.get(Column.ENTITIES, b("a"))).isNull();
    }
    assertThat(dir.resolve("legacy-h2/MIGRATED")).exists();
  }

  @Test
  void theLegacyDirectoryIsNoExcuseForOtherFiles() throws Exception {
    Files.createDirectories(dir.resolve("legacy-h2"));
    Files.writeString(dir.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> EmbeddedStorage.open(dir, EmbeddedOptions.forTests()))
        .isInstanceOf(StoreFormat.StoreFormatException.class)
        .hasMessageContaining("(found notes.txt)");
  }

  @Test
  void aFileNamedLikeTheLegacyDirectoryIsNotTolerated() throws Exception {
    Files.writeString(dir.resolve("legacy-h2"), "a file");
    assertThatThrownBy(() -> EmbeddedStorage.open(dir, EmbeddedOptions.forTests()))
        .isInstanceOf(StoreFormat.StoreFormatException.class)
        .hasMessageContaining("(found legacy-h2)");
  }

  @Test
  void aSecondBrokerOnTheSameDirectoryIsRefused() {
    try (EmbeddedStorage store = EmbeddedStorage.open(dir, EmbeddedOptions.forTests())) {
      assertThatThrownBy(() -> EmbeddedStorage.open(dir, EmbeddedOptions.forTests()))
          .hasMessageContaining("another broker");
    }
  }

  @Test
  void aCheckpointIsADataDirectoryOfItsOwn() {
    Path backup = dir.resolve("../" + dir.getFileName() + "-backup").normalize();
    try (EmbeddedStorage store = EmbeddedStorage.open(dir, EmbeddedOptions.forTests())) {
      await(
          store.write(
              c -> {
                c.put(Column.ENTITIES, b("k"), b("before"));
                return null;
              },
              true));
      store.checkpoint(backup);
      await(
          store.write(
              c -> {
                c.put(Column.ENTITIES, b("k"), b("after"));
                return null;
              },
              true));
    }
    try (EmbeddedStorage copy = EmbeddedStorage.open(backup, EmbeddedOptions.forTests())) {
      assertThat(s(copy.get(Column.ENTITIES, b("k")))).isEqualTo("before");
    }
  }

  @Test
  void aFullQueueRefusesWithServiceUnavailable() {
    EmbeddedOptions tiny = new EmbeddedOptions(false, 16L << 20, 1, 1);
    try (EmbeddedStorage store = EmbeddedStorage.open(dir, tiny)) {
      java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
      Uni<Object> blocking =
          store.write(
              c -> {
                try {
                  hold.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return null;
              },
              false);
      blocking.subscribe().with(x -> {}, e -> {});
      List<Throwable> refusals = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        store.write(c -> null, false).subscribe().with(x -> {}, refusals::add);
      }
      hold.countDown();
      assertThat(refusals)
          .isNotEmpty()
          .allSatisfy(
              e ->
                  assertThat(((NgsiLdException) e).type())
                      .isEqualTo(ErrorType.SERVICE_UNAVAILABLE));
    }
  }
}
