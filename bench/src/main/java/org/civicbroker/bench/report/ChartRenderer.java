package org.civicbroker.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.civicbroker.bench.run.ScenarioResult;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws PNG charts with XChart (headless AWT): the latency percentile distribution (x: percentile
 * on a 1/(1-p) log scale, y: ms) and throughput over time (x: second, y: requests/s).
 */
public final class ChartRenderer {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 500;

  private ChartRenderer() {}

  /** Latency by percentile for each result (and notification delivery where measured). */
  public static void latency(String title, List<ScenarioResult> results, Path png)
      throws IOException {
    XYChart chart = chart(title + ": latency by percentile", "percentile", "latency (ms)");
    chart
        .getStyler()
        .setXAxisLogarithmic(true)
        .setxAxisTickLabelsFormattingFunction(ChartRenderer::percentileLabel);
    for (ScenarioResult r : results) {
      addPercentiles(chart, r.target().label() + " requests", r.latencyMicros());
      r.deliveryMicros()
          .ifPresent(d -> addPercentiles(chart, r.target().label() + " notification delivery", d));
    }
    save(chart, png);
  }

  /** Completions per second of measurement for each result. */
  public static void throughput(String title, List<ScenarioResult> results, Path png)
      throws IOException {
    XYChart chart = chart(title + ": throughput over time", "second of measurement", "requests/s");
    for (ScenarioResult r : results) {
      long[] perSecond = r.perSecond();
      double[] x = new double[Math.max(1, perSecond.length)];
      double[] y = new double[x.length];
      for (int i = 0; i < perSecond.length; i++) {
        x[i] = i + 1;
        y[i] = perSecond[i];
      }
      chart
          .addSeries(r.target().label() + " " + r.target().url(), x, y)
          .setMarker(SeriesMarkers.NONE);
    }
    save(chart, png);
  }

  private static XYChart chart(String title, String xTitle, String yTitle) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW).setMarkerSize(4);
    return chart;
  }

  private static void addPercentiles(XYChart chart, String name, Histogram h) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    if (h.getTotalCount() > 0) {
      for (HistogramIterationValue v : h.percentiles(5)) {
        double p = v.getPercentileLevelIteratedTo() / 100.0;
        if (p >= 1.0) {
          break;
        }
        xs.add(1 / (1 - p));
        ys.add(v.getValueIteratedTo() / 1000.0);
      }
      xs.add(xs.isEmpty() ? 1 : xs.get(xs.size() - 1) * 2);
      ys.add(h.getMaxValue() / 1000.0);
    } else {
      xs.add(1.0);
      ys.add(0.0);
    }
    XYSeries s = chart.addSeries(name, xs, ys);
    s.setMarker(SeriesMarkers.NONE);
  }

  /** 1/(1-p) back to a percentile label: 10 -> "90%", 1000 -> "99.9%". */
  static String percentileLabel(double x) {
    double p = 100 * (1 - 1 / x);
    String s = String.format(Locale.ROOT, "%.4f", p).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s + "%";
  }

  private static void save(XYChart chart, Path png) throws IOException {
    BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
