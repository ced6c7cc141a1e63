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
 * on the usual log10(1/(1-p)) scale, so 90 %, 99 %, 99.9 % are evenly spaced; y: ms) and throughput
 * over time (x: second of measurement, y: requests/s).
 */
public final class ChartRenderer {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 500;

  private ChartRenderer() {}

  /** Latency by percentile for each result (and notification delivery where measured). */
  public static void latency(String title, List<ScenarioResult> results, Path png)
      throws IOException {
    XYChart chart = chart(title + ": latency by percentile", "percentile", "latency (ms)");
    chart.getStyler().setxAxisTickLabelsFormattingFunction(ChartRenderer::percentileLabel);
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
    chart.getStyler().setYAxisMin(0.0);
    for (ScenarioResult r : results) {
      // only the measured seconds: answers drained after the end would show as a false drop
      long[] perSecond = r.perSecond();
      int n = Math.max(1, (int) Math.ceil(r.seconds()));
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = i + 1;
        y[i] = i < perSecond.length ? perSecond[i] / Math.min(1.0, r.seconds() - i) : 0;
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
        xs.add(Math.log10(1 / (1 - p)));
        ys.add(v.getValueIteratedTo() / 1000.0);
      }
      // end with a vertical step up to the maximum
      xs.add(xs.isEmpty() ? 0 : xs.get(xs.size() - 1));
      ys.add(h.getMaxValue() / 1000.0);
    } else {
      xs.add(0.0);
      ys.add(0.0);
    }
    XYSeries s = chart.addSeries(name, xs, ys);
    s.setMarker(SeriesMarkers.NONE);
  }

  /** log10(1/(1-p)) back to a percentile label at whole numbers: 1 -> "90%", 3 -> "99.9%". */
  static String percentileLabel(double x) {
    if (Math.abs(x - Math.rint(x)) > 1e-6 || x < 0) {
      return "";
    }
    double p = 100 * (1 - Math.pow(10, -Math.rint(x)));
    String s = String.format(Locale.ROOT, "%.6f", p).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s + "%";
  }

  private static void save(XYChart chart, Path png) throws IOException {
    BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
