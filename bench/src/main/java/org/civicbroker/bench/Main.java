package org.civicbroker.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.civicbroker.bench.report.ReportWriter;
import org.civicbroker.bench.report.ResultTable;
import org.civicbroker.bench.run.BenchRunner;
import org.civicbroker.bench.run.RunResult;

/** {@code java -jar ngsi-ld-bench.jar --url http://localhost:1026 ...} */
public final class Main {
  /** Exit code for bad arguments. */
  public static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the tool: progress on {@code err}, result tables on {@code out}.
   *
   * @return 0 when every scenario ran, 1 when one could not, 2 for bad arguments
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (Cli.wantsHelp(args)) {
      out.println(Cli.usage());
      return 0;
    }
    BenchOptions options;
    try {
      options = Cli.parse(args);
    } catch (CliException e) {
      err.println("ngsi-ld-bench: " + e.getMessage());
      err.println("Run with --help for the options.");
      return USAGE;
    }
    RunResult result = new BenchRunner(options, err::println).run();
    out.print(ResultTable.text(result));
    if (options.reportDir().isPresent()) {
      try {
        Path report = ReportWriter.write(result, options.reportDir().get());
        out.println(System.lineSeparator() + "Report written to " + report);
      } catch (IOException | RuntimeException e) {
        err.println("ngsi-ld-bench: could not write the report: " + e.getMessage());
        return 1;
      }
    }
    return result.anyFailed() ? 1 : 0;
  }
}
