package org.civicbroker.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.civicbroker.bench.BenchOptions;
import org.civicbroker.bench.run.BrokerInfo;
import org.civicbroker.bench.run.RunResult;
import org.civicbroker.bench.run.ScenarioResult;
import org.civicbroker.bench.run.Target;

/** Writes {@code DIR/report.md} with the machine, brokers, command line, tables and charts. */
public final class ReportWriter {
  private ReportWriter() {}

  /** Writes the report and its charts; returns the path of report.md. */
  public static Path write(RunResult run, Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder md = new StringBuilder();
    md.append("# NGSI-LD benchmark report\n\n");
    md.append("Run `").append(run.runId()).append("`, started ");
    md.append(DateTimeFormatter.ISO_INSTANT.format(run.started())).append(".\n\n");
    commandLine(md, run.options());
    machine(md, MachineInfo.current());
    brokers(md, run);
    settings(md, run.options());
    for (String scenario : run.options().scenarios()) {
      scenario(md, run, scenario, dir);
    }
    method(md);
    Path report = dir.resolve("report.md");
    Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
    return report;
  }

  private static void commandLine(StringBuilder md, BenchOptions o) {
    String args =
        o.commandLine().stream().map(ReportWriter::shellQuote).collect(Collectors.joining(" "));
    md.append("## Command line\n\n```\njava -jar ngsi-ld-bench.jar ")
        .append(args)
        .append("\n```\n\n");
  }

  static String shellQuote(String arg) {
    return arg.matches("[A-Za-z0-9_./:=,@%+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }

  private static void machine(StringBuilder md, MachineInfo m) {
    md.append("## Machine (load generator)\n\n| | |\n| --- | --- |\n");
    md.append("| Cores | ").append(m.cores()).append(" |\n");
    md.append("| CPU | ").append(m.cpu()).append(" |\n");
    md.append("| Memory | ").append(m.memory()).append(" |\n");
    md.append("| OS | ").append(m.os()).append(" |\n");
    md.append("| Java | ").append(m.java()).append(" |\n");
    md.append("| Bench JVM max heap | ").append(m.heap()).append(" |\n\n");
  }

  private static void brokers(StringBuilder md, RunResult run) {
    md.append("## Brokers\n\n");
    for (Target t : run.targets()) {
      BrokerInfo info = run.brokers().get(t);
      md.append("### ").append(t.label()).append(": ").append(t.url()).append("\n\n");
      md.append("- `GET /ngsi-ld/v1/info/sourceIdentity`: ")
          .append(code(info.sourceIdentity()))
          .append('\n');
      md.append("- `GET /q/info`: ").append(code(info.quarkusInfo())).append("\n\n");
    }
  }

  private static String code(String text) {
    return text.startsWith("unknown") ? text : "`" + text.replace("`", "'") + "`";
  }

  private static void settings(StringBuilder md, BenchOptions o) {
    md.append("## Settings\n\n");
    md.append("- duration ").append(o.duration().toMillis() / 1000.0).append(" s, warmup ");
    md.append(o.warmup().toMillis() / 1000.0).append(" s per scenario and broker\n");
    md.append("- ")
        .append(o.connections())
        .append(" connections (HTTP/1.1 keep-alive, no pipelining)\n");
    md.append("- ")
        .append(o.openLoop() ? "open loop at " + o.rate() + " requests/s" : closedLoop(o))
        .append('\n');
    md.append("- ")
        .append(o.entities())
        .append(" entities per populated scenario, batches of ")
        .append(o.batchSize())
        .append('\n');
    md.append("- tenant: ").append(o.tenant().orElse("default")).append("\n\n");
  }

  private static String closedLoop(BenchOptions o) {
    return o.scenarios().contains("notify")
        ? "closed loop (notify: open loop at 100 updates/s)"
        : "closed loop";
  }

  private static void scenario(StringBuilder md, RunResult run, String scenario, Path dir)
      throws IOException {
    md.append("## ").append(scenario).append("\n\n");
    md.append(ResultTable.markdown(run, scenario)).append('\n');
    List<ScenarioResult> ran =
        run.results().stream()
            .filter(r -> r.scenario().equals(scenario) && r.failure().isEmpty())
            .toList();
    if (ran.isEmpty()) {
      return;
    }
    String latency = scenario + "-latency.png";
    String throughput = scenario + "-throughput.png";
    ChartRenderer.latency(scenario, ran, dir.resolve(latency));
    ChartRenderer.throughput(scenario, ran, dir.resolve(throughput));
    md.append("![")
        .append(scenario)
        .append(" latency by percentile](")
        .append(latency)
        .append(")\n\n");
    md.append("![")
        .append(scenario)
        .append(" throughput over time](")
        .append(throughput)
        .append(")\n\n");
  }

  private static void method(StringBuilder md) {
    md.append("## How this was measured\n\n");
    md.append(
        "- Latency is from the request's start to the last byte of its answer. In open loop "
            + "(--rate) a request's start is the time it was *scheduled*, so waiting behind a slow "
            + "answer counts (no coordinated omission).\n");
    md.append(
        "- Latency percentiles cover every answered request, error answers included; requests "
            + "that got no answer (timeouts, refused connections) are only counted as errors.\n");
    md.append(
        "- req/s counts every measured request, failed or not; errors are listed by HTTP status "
            + "(207 Multi-Status counts as an error) or transport failure.\n");
    md.append(
        "- notify: delivery latency runs from the update's 2xx to the notification's arrival at "
            + "the bench's receiver; notifications missing after the grace period count as lost.\n");
  }
}
