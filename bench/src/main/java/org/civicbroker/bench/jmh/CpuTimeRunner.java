package org.civicbroker.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The operations of {@link EntityJsonLdBenchmark}, measured in operations per CPU-second of the
 * measuring thread instead of per wall-clock second: on a shared, overloaded machine (where JMH's
 * wall-clock figures swing by a factor of ten) this still shows what one thread does with a core to
 * itself. A complement to JMH, not a replacement: no forking, no dead-code protection beyond
 * consuming each result.
 *
 * <p>Run: {@code java -cp bench/target/ngsi-ld-bench.jar org.civicbroker.bench.jmh.CpuTimeRunner
 * [seconds per round, default 5] [rounds, default 5]}; the first two rounds are warm-up.
 */
public final class CpuTimeRunner {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static int sink;

  private CpuTimeRunner() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    EntityJsonLdBenchmark bench = new EntityJsonLdBenchmark();
    bench.setUp();
    Map<String, Callable<Object>> operations = new LinkedHashMap<>();
    operations.put("readAndWrite", bench::readAndWrite);
    operations.put("parseReadWriteSerialize", bench::parseReadWriteSerialize);
    operations.put("readOnly", bench::readOnly);
    operations.put("writeOnly", bench::writeOnly);
    operations.put("titaniumExpandAndCompact", bench::titaniumExpandAndCompact);
    for (Map.Entry<String, Callable<Object>> op : operations.entrySet()) {
      StringBuilder line = new StringBuilder(String.format("%-26s", op.getKey()));
      for (int round = 0; round < rounds; round++) {
        double rate = opsPerCpuSecond(op.getValue(), seconds);
        line.append(String.format(round < 2 ? " (%,.0f)" : " %,.0f", rate));
      }
      System.out.println(line + "  ops per CPU-second (warm-up in parentheses)");
    }
  }

  private static double opsPerCpuSecond(Callable<Object> op, double seconds) throws Exception {
    long budget = (long) (seconds * 1e9);
    long start = THREADS.getCurrentThreadCpuTime();
    long used;
    long ops = 0;
    do {
      for (int i = 0; i < 100; i++) {
        sink += System.identityHashCode(op.call());
      }
      ops += 100;
      used = THREADS.getCurrentThreadCpuTime() - start;
    } while (used < budget);
    return ops / (used / 1e9);
  }
}
