package org.civicbroker.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine the bench ran on, as the JVM and OS tell it.
 *
 * @param cores available processors
 * @param memory physical memory, e.g. "23.4 GiB"
 * @param cpu CPU model (from /proc/cpuinfo where there is one)
 * @param os OS name, version and architecture
 * @param java Java version, vendor and VM
 * @param heap the bench JVM's maximum heap
 */
public record MachineInfo(
    int cores, String memory, String cpu, String os, String java, String heap) {

  public static MachineInfo current() {
    Runtime rt = Runtime.getRuntime();
    return new MachineInfo(
        rt.availableProcessors(),
        physicalMemory(),
        cpuModel().orElse("unknown"),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " ("
            + System.getProperty("os.arch")
            + ")",
        System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ", "
            + System.getProperty("java.vm.name")
            + ")",
        gib(rt.maxMemory()));
  }

  private static String physicalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return gib(os.getTotalMemorySize());
    }
    return "unknown";
  }

  private static Optional<String> cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      if (!Files.isReadable(cpuinfo)) {
        return Optional.empty();
      }
      return Files.readAllLines(cpuinfo).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
  }
}
