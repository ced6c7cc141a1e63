package org.civicbroker.broker.entity.codec;

import java.util.Set;
import java.util.function.ToIntFunction;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.model.entity.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints encode and decode throughput for bench-entity.json on one thread, after a warm-up. No
 * assertion; off unless asked for: {@code -Dcodec.speed=true}.
 */
@EnabledIfSystemProperty(named = "codec.speed", matches = "true")
class EntityCodecSpeedTest {
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final long MEASURE_NANOS = 3_000_000_000L;

  @Test
  void printsOperationsPerSecond() {
    EntityCodec codec = new EntityCodec(new MemorySymbolTable());
    Entity entity = EntityFixtures.load("bench-entity.json");
    byte[] bytes = codec.encode(entity);
    Set<String> one = Set.of("https://smartdatamodels.org/dataModel.Environment/NO2");

    measure("encode", e -> codec.encode(entity).length);
    measure("decode", e -> codec.decode(bytes).attributes().size());
    measure("decode 1 attribute", e -> codec.decode(bytes, one).attributes().size());
    measure("id", e -> codec.id(bytes).length());
    measure("types", e -> codec.types(bytes).size());
  }

  private static void measure(String name, ToIntFunction<Void> op) {
    run(op, WARM_UP_NANOS);
    long[] result = run(op, MEASURE_NANOS);
    double perSecond = result[0] * 1e9 / MEASURE_NANOS;
    System.out.printf(
        "[codec speed] %-20s %,12.0f ops/s  %8.0f ns/op  (checksum %d)%n",
        name, perSecond, 1e9 / perSecond, result[1]);
  }

  /** Runs batches of the operation until the time is up; returns operations and a checksum. */
  private static long[] run(ToIntFunction<Void> op, long nanos) {
    long ops = 0;
    long checksum = 0;
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1000; i++) {
        checksum += op.applyAsInt(null);
      }
      ops += 1000;
    }
    return new long[] {ops, checksum};
  }
}
