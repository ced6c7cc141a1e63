package org.civicbroker.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicbroker.bench.scenario.ScenarioRegistry;

/** Hand-written parser for the bench command line; rejects bad input with a clear message. */
public final class Cli {
  private static final Set<String> OPTIONS =
      Set.of(
          "url",
          "scenario",
          "duration",
          "warmup",
          "connections",
          "rate",
          "entities",
          "tenant",
          "report",
          "compare",
          "notify-host",
          "notify-port",
          "notify-failures",
          "grace",
          "batch-size",
          "seed");

  private Cli() {}

  /** True when the arguments ask for the usage text. */
  public static boolean wantsHelp(String[] args) {
    return Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h"));
  }

  public static BenchOptions parse(String... args) throws CliException {
    Map<String, String> raw = collect(args);
    if (!raw.containsKey("url")) {
      throw new CliException("--url is required (e.g. --url http://localhost:1026)");
    }
    return new BenchOptions(
        baseUrl("--url", raw.get("url")),
        scenarios(raw.getOrDefault("scenario", "all")),
        positive(
            "--duration", DurationParser.parse("--duration", raw.getOrDefault("duration", "30s"))),
        DurationParser.parse("--warmup", raw.getOrDefault("warmup", "5s")),
        intIn("--connections", raw.getOrDefault("connections", "16"), 1, 10_000),
        rate(raw.get("rate")),
        intIn("--entities", raw.getOrDefault("entities", "25000"), 5, 10_000_000),
        optional(raw, "tenant") == null
            ? Optional.empty()
            : Optional.of(nonBlank("--tenant", raw.get("tenant"))),
        optional(raw, "report") == null
            ? Optional.empty()
            : Optional.of(Path.of(nonBlank("--report", raw.get("report")))),
        optional(raw, "compare") == null
            ? Optional.empty()
            : Optional.of(baseUrl("--compare", raw.get("compare"))),
        nonBlank("--notify-host", raw.getOrDefault("notify-host", "127.0.0.1")),
        intIn("--notify-port", raw.getOrDefault("notify-port", "0"), 0, 65_535),
        fraction("--notify-failures", raw.getOrDefault("notify-failures", "0")),
        DurationParser.parse("--grace", raw.getOrDefault("grace", "5s")),
        intIn("--batch-size", raw.getOrDefault("batch-size", "1000"), 1, 100_000),
        seed(raw.get("seed")),
        List.of(args));
  }

  private static Map<String, String> collect(String[] args) throws CliException {
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new CliException("unexpected argument '" + arg + "' (options start with --)");
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (!OPTIONS.contains(name)) {
        throw new CliException("unknown option --" + name + " (see --help)");
      }
      if (value == null) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new CliException("--" + name + " needs a value");
        }
        value = args[++i];
      }
      if (raw.put(name, value) != null) {
        throw new CliException("--" + name + " is given more than once");
      }
    }
    return raw;
  }

  static String baseUrl(String option, String text) throws CliException {
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (java.net.URISyntaxException e) {
      throw new CliException(option + ": '" + text + "' is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new CliException(
          option + ": '" + text + "' must be an http:// or https:// URL with a host");
    }
    String s = text.trim().replaceAll("/+$", "");
    return s.endsWith("/ngsi-ld/v1") ? s.substring(0, s.length() - "/ngsi-ld/v1".length()) : s;
  }

  static List<String> scenarios(String text) throws CliException {
    Set<String> names = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      String name = part.trim().toLowerCase(Locale.ROOT);
      if (name.equals("all")) {
        names.addAll(ScenarioRegistry.NAMES);
      } else if (ScenarioRegistry.NAMES.contains(name)) {
        names.add(name);
      } else {
        throw new CliException(
            "--scenario: unknown scenario '"
                + part.trim()
                + "'; choose from "
                + String.join(", ", ScenarioRegistry.NAMES)
                + " or all");
      }
    }
    return new ArrayList<>(names);
  }

  private static Duration positive(String option, Duration d) throws CliException {
    if (d.isZero() || d.isNegative()) {
      throw new CliException(option + " must be longer than zero");
    }
    return d;
  }

  private static int intIn(String option, String text, int min, int max) throws CliException {
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new CliException(option + ": '" + text + "' is not a whole number");
    }
    if (value < min || value > max) {
      throw new CliException(option + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  private static double fraction(String option, String text) throws CliException {
    try {
      double value = Double.parseDouble(text.trim());
      if (value >= 0 && value < 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CliException(
        option + " must be a fraction from 0 (included) to 1 (excluded), got " + text);
  }

  private static double rate(String text) throws CliException {
    if (text == null) {
      return 0;
    }
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new CliException("--rate: '" + text + "' is not a number of requests per second");
    }
    if (!(value > 0) || Double.isInfinite(value) || value > 1_000_000) {
      throw new CliException("--rate must be above 0 and at most 1000000 requests/s, got " + text);
    }
    return value;
  }

  private static long seed(String text) throws CliException {
    if (text == null) {
      return System.nanoTime();
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new CliException("--seed: '" + text + "' is not a whole number");
    }
  }

  private static String optional(Map<String, String> raw, String name) {
    return raw.get(name);
  }

  private static String nonBlank(String option, String text) throws CliException {
    if (text.isBlank()) {
      throw new CliException(option + " must not be empty");
    }
    return text.trim();
  }

  /** The usage text printed by --help and after a bad argument. */
  public static String usage() {
    return String.join(
        "\n",
        "Usage: java -jar ngsi-ld-bench.jar --url URL [options]",
        "",
        "  --url URL            base URL of the broker, e.g. http://localhost:1026 (required)",
        "  --scenario LIST      one scenario, a comma list, or all (default all):",
        "                       " + String.join(", ", ScenarioRegistry.NAMES),
        "  --duration D         measured time per scenario, e.g. 30s, 2m (default 30s)",
        "  --warmup D           unmeasured load before measuring (default 5s)",
        "  --connections N      HTTP connections = requests in flight (default 16)",
        "  --rate R             open loop: R requests/s at scheduled start times; latency is",
        "                       measured from the scheduled time (default: closed loop)",
        "  --entities N         population for query/get/patch/mixed scenarios (default 25000)",
        "  --tenant T           send NGSILD-Tenant: T",
        "  --report DIR         write DIR/report.md and PNG charts",
        "  --compare URL2       also run every scenario against URL2, alternating A and B",
        "  --notify-host H      host the broker uses to reach the bench's notification",
        "                       receiver (default 127.0.0.1)",
        "  --notify-port P      port of the notification receiver (default 0 = random)",
        "  --notify-failures F  fraction of notifications the receiver rejects with 500, at",
        "                       random, to measure retries (default 0)",
        "  --grace D            wait for late notifications before counting losses (default 5s)",
        "  --batch-size N       entities per batch operation (default 1000)",
        "  --seed N             random seed for data and request mix",
        "  --help               this text");
  }
}
