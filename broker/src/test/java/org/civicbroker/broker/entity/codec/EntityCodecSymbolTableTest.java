package org.civicbroker.broker.entity.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.mongo.query.RandomEntities;
import org.civicbroker.model.entity.Entity;
import org.junit.jupiter.api.Test;

/** The symbol table, alone and as codecs share it. */
class EntityCodecSymbolTableTest {

  @Test
  void idsAreDenseFromZeroAndStable() {
    MemorySymbolTable table = new MemorySymbolTable();

    assertThat(table.id("a")).isZero();
    assertThat(table.id("b")).isEqualTo(1);
    assertThat(table.id("a")).isZero();
    assertThat(table.name(1)).isEqualTo("b");
    assertThat(table.find("b")).hasValue(1);
    assertThat(table.nextId()).isEqualTo(2);
  }

  @Test
  void findNeverAssigns() {
    MemorySymbolTable table = new MemorySymbolTable();

    assertThat(table.find("x")).isEqualTo(OptionalInt.empty());
    assertThat(table.nextId()).isZero();
  }

  @Test
  void unknownIdsAreRejected() {
    MemorySymbolTable table = new MemorySymbolTable();
    table.id("a");

    for (int id : new int[] {-1, 1, 64, 1_000_000}) {
      assertThatThrownBy(() -> table.name(id))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Unknown symbol id " + id);
    }
  }

  @Test
  void codecsSharingATableReadEachOthersBytes() {
    MemorySymbolTable table = new MemorySymbolTable();
    EntityCodec writer = new EntityCodec(table);
    EntityCodec reader = new EntityCodec(table);

    for (Entity e : new RandomEntities(7).entities(200)) {
      assertThat(reader.decode(writer.encode(e))).isEqualTo(e);
      assertThat(writer.decode(reader.encode(e))).isEqualTo(e);
    }
  }

  @Test
  void theListenerSeesEachNewSymbolOnceInIdOrderBeforeItIsUsed() {
    List<String> persisted = new ArrayList<>();
    MemorySymbolTable[] table = new MemorySymbolTable[1];
    table[0] =
        new MemorySymbolTable(
            (id, name) -> {
              assertThat(id).isEqualTo(persisted.size());
              assertThat(table[0].find(name)).as("not yet visible").isEmpty();
              persisted.add(name);
            });
    EntityCodec codec = new EntityCodec(table[0]);
    List<Entity> entities = new RandomEntities(3).entities(300);
    entities.add(EntityFixtures.load("all-attribute-types.json"));

    for (Entity e : entities) {
      byte[] bytes = codec.encode(e);
      assertThat(new EntityCodec(restored(persisted)).decode(bytes)).isEqualTo(e);
    }
    assertThat(persisted).doesNotHaveDuplicates().hasSize(table[0].nextId());
  }

  @Test
  void aFailingListenerLeavesTheNameUnassigned() {
    boolean[] fail = {true};
    MemorySymbolTable table =
        new MemorySymbolTable(
            (id, name) -> {
              if (fail[0]) {
                throw new IllegalStateException("disk full");
              }
            });

    assertThatThrownBy(() -> table.id("a")).hasMessage("disk full");
    assertThat(table.find("a")).isEmpty();
    fail[0] = false;
    assertThat(table.id("a")).isZero();
  }

  @Test
  void restoredSymbolsInAnyOrderThenNewOnesAfterTheHighest() {
    List<String> told = new ArrayList<>();
    MemorySymbolTable table = new MemorySymbolTable((id, name) -> told.add(id + "=" + name));
    table.restore(5, "five");
    table.restore(0, "zero");
    table.restore(2, "two");
    table.restore(2, "two");

    assertThat(table.id("two")).isEqualTo(2);
    assertThat(table.name(5)).isEqualTo("five");
    assertThat(table.id("new")).isEqualTo(6);
    assertThat(table.id("newer")).isEqualTo(7);
    assertThat(told).containsExactly("6=new", "7=newer");
    assertThatThrownBy(() -> table.name(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void conflictingRestoresAreRejected() {
    MemorySymbolTable table = new MemorySymbolTable();
    table.restore(1, "one");

    assertThatThrownBy(() -> table.restore(1, "uno")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.restore(2, "one")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.restore(-1, "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void restoreGrowsPastTheInitialCapacity() {
    MemorySymbolTable table = new MemorySymbolTable();
    table.restore(1000, "far");

    assertThat(table.name(1000)).isEqualTo("far");
    assertThat(table.id("next")).isEqualTo(1001);
  }

  @Test
  void concurrentAssignmentsGiveOneIdPerName() throws Exception {
    Map<Integer, String> told = new ConcurrentHashMap<>();
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    MemorySymbolTable table =
        new MemorySymbolTable(
            (id, name) -> {
              assertThat(told.put(id, name)).isNull();
              order.add(name);
            });
    int threads = 4;
    int names = 2000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<int[]>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      results.add(pool.submit(() -> assignAll(table, start, names, offset)));
    }
    start.countDown();
    List<int[]> ids = new ArrayList<>();
    for (Future<int[]> f : results) {
      ids.add(f.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();

    for (int[] seen : ids) {
      assertThat(seen).isEqualTo(ids.get(0));
    }
    assertThat(told).hasSize(names);
    assertThat(order).doesNotHaveDuplicates().hasSize(names);
    for (int i = 0; i < names; i++) {
      assertThat(table.name(ids.get(0)[i])).isEqualTo("name" + i);
    }
  }

  /** Looks up every name, each thread starting at another point, and checks id and name agree. */
  private static int[] assignAll(SymbolTable table, CountDownLatch start, int names, int offset)
      throws InterruptedException {
    start.await();
    int[] ids = new int[names];
    for (int k = 0; k < names; k++) {
      int i = (k + offset * names / 4) % names;
      ids[i] = table.id("name" + i);
      assertThat(table.name(ids[i])).isEqualTo("name" + i);
    }
    return ids;
  }

  private static MemorySymbolTable restored(List<String> persisted) {
    MemorySymbolTable table = new MemorySymbolTable();
    for (int id = persisted.size() - 1; id >= 0; id--) {
      table.restore(id, persisted.get(id));
    }
    return table;
  }
}
