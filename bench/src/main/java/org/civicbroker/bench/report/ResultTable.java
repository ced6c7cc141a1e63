package org.civicbroker.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicbroker.bench.run.RunResult;
import org.civicbroker.bench.run.ScenarioResult;
import org.civicbroker.bench.run.Target;
import org.civicbroker.bench.scenario.Metric;

/** The per-scenario result tables, as plain text for stdout and as Markdown for the report. */
public final class ResultTable {
  private ResultTable() {}

  /** All scenarios, one plain-text table each, with their extra metrics below. */
  public static String text(RunResult run) {
    StringBuilder sb = new StringBuilder();
    for (String scenario : run.options().scenarios()) {
      sb.append(System.lineSeparator()).append("== ").append(scenario).append(" ==");
      sb.append(System.lineSeparator()).append(table(run, scenario).plain());
      notes(run, scenario).forEach(n -> sb.append("  ").append(n).append(System.lineSeparator()));
    }
    return sb.toString();
  }

  /** One scenario's table in Markdown, with its notes as a list. */
  public static String markdown(RunResult run, String scenario) {
    StringBuilder sb = new StringBuilder(table(run, scenario).markdown());
    List<String> notes = notes(run, scenario);
    if (!notes.isEmpty()) {
      sb.append('\n');
      notes.forEach(n -> sb.append("- ").append(n).append('\n'));
    }
    return sb.toString();
  }

  static TextTable table(RunResult run, String scenario) {
    boolean compare = run.targets().size() > 1;
    List<String> headers =
        new ArrayList<>(
            List.of(
                "target",
                "url",
                "req/s",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "p99.9 ms",
                "max ms",
                "errors"));
    if (compare) {
      headers.addAll(List.of("B/A req/s", "B/A p99"));
    }
    TextTable table = new TextTable(headers);
    Optional<ScenarioResult> a = run.find(scenario, run.targets().get(0));
    for (Target t : run.targets()) {
      run.find(scenario, t)
          .ifPresent(r -> table.row(row(r, compare, t.label().equals("B") ? a : Optional.empty())));
    }
    return table;
  }

  private static List<String> row(
      ScenarioResult r, boolean compare, Optional<ScenarioResult> base) {
    List<String> cells = new ArrayList<>(List.of(r.target().label(), r.target().url()));
    if (r.failure().isPresent()) {
      cells.addAll(List.of("-", "-", "-", "-", "-", "-", "failed"));
    } else {
      cells.add(fmt(r.throughput()));
      for (double p : new double[] {50, 90, 99, 99.9}) {
        cells.add(fmt(r.percentileMillis(p)));
      }
      cells.add(fmt(r.maxMillis()));
      cells.add(r.errorSummary());
    }
    if (compare) {
      cells.add(base.map(b -> ratio(r.throughput(), b.throughput())).orElse(""));
      cells.add(base.map(b -> ratio(r.percentileMillis(99), b.percentileMillis(99))).orElse(""));
    }
    return cells;
  }

  static List<String> notes(RunResult run, String scenario) {
    List<String> notes = new ArrayList<>();
    for (Target t : run.targets()) {
      run.find(scenario, t).ifPresent(r -> notes.addAll(notes(r)));
    }
    return notes;
  }

  private static List<String> notes(ScenarioResult r) {
    String who = r.target().label() + ": ";
    List<String> notes = new ArrayList<>();
    r.failure().ifPresent(f -> notes.add(who + "could not run: " + f));
    if (r.failure().isEmpty()) {
      notes.add(who + r.load() + ", " + r.requests() + " requests in " + fmt(r.seconds()) + " s");
    }
    if (!r.metrics().isEmpty()) {
      StringBuilder sb = new StringBuilder(who);
      for (Metric m : r.metrics()) {
        sb.append(sb.length() == who.length() ? "" : ", ")
            .append(m.name())
            .append(' ')
            .append(m.formatted());
      }
      notes.add(sb.toString());
    }
    if (r.unsent() > 0) {
      notes.add(who + r.unsent() + " scheduled requests were never sent (broker behind the rate)");
    }
    if (r.abandoned() > 0) {
      notes.add(who + r.abandoned() + " requests were still unanswered at the end");
    }
    return notes;
  }

  static String fmt(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "-";
    }
    return String.format(Locale.ROOT, v >= 100 ? "%.1f" : "%.2f", v);
  }

  private static String ratio(double b, double a) {
    return a > 0 && !Double.isNaN(b) ? String.format(Locale.ROOT, "%.2f", b / a) : "-";
  }
}
