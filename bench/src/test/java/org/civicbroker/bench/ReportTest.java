package org.civicbroker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  @Test
  void compareRunWritesReportWithChartsAndRatioColumns(@TempDir Path dir) throws Exception {
    try (FakeBroker a = new FakeBroker();
        FakeBroker b = new FakeBroker()) {
      Path reportDir = dir.resolve("bench-report");
      String args =
          "--url "
              + a.url()
              + " --compare "
              + b.url()
              + " --scenario get-by-id,notify"
              + " --duration 1s --warmup 200ms --entities 20 --rate 50 --grace 2s --report "
              + reportDir;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code =
          Main.run(
              args.split(" "),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(new ByteArrayOutputStream()));

      assertThat(code).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("== get-by-id ==", "== notify ==", "B/A req/s", "B/A p99")
          .contains("notifications/s", "lost 0");
      assertReport(Files.readString(reportDir.resolve("report.md")), a, b);
      assertCharts(reportDir);
      assertThat(a.entities).isEmpty();
      assertThat(b.entities).isEmpty();
      assertThat(b.subscriptions).isEmpty();
    }
  }

  private static void assertReport(String md, FakeBroker a, FakeBroker b) {
    assertThat(md)
        .contains("# NGSI-LD benchmark report")
        .contains("java -jar ngsi-ld-bench.jar --url " + a.url() + " --compare " + b.url())
        .contains("| Cores | " + Runtime.getRuntime().availableProcessors() + " |")
        .contains("| Java | " + System.getProperty("java.version"))
        .contains("fake-broker")
        .contains("`GET /q/info`: unknown (HTTP 404)")
        .contains("| B/A req/s | B/A p99 |")
        .contains("![get-by-id latency by percentile](get-by-id-latency.png)")
        .contains("![notify throughput over time](notify-throughput.png)");
  }

  private static void assertCharts(Path reportDir) throws IOException {
    for (String scenario : List.of("get-by-id", "notify")) {
      for (String chart : List.of("-latency.png", "-throughput.png")) {
        BufferedImage image = ImageIO.read(reportDir.resolve(scenario + chart).toFile());
        assertThat(image).as(scenario + chart).isNotNull();
        assertThat(image.getWidth()).isEqualTo(900);
      }
    }
  }
}
