package org.civicbroker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  @Test
  void compareRunWritesReportWithChartsAndRatioColumns(@TempDir Path dir) throws Exception {
    try (FakeBroker a = new FakeBroker();
        FakeBroker b = new FakeBroker()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Path reportDir = dir.resolve("bench-report");
      String[] args = {
        "--url",
        a.url(),
        "--compare",
        b.url(),
        "--scenario",
        "get-by-id,notify",
        "--duration",
        "1s",
        "--warmup",
        "200ms",
        "--entities",
        "20",
        "--rate",
        "50",
        "--report",
        reportDir.toString(),
        "--grace",
        "2s"
      };
      int code =
          Main.run(
              args,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(new ByteArrayOutputStream()));

      assertThat(code).isZero();
      String stdout = out.toString(StandardCharsets.UTF_8);
      assertThat(stdout)
          .contains(
              "== get-by-id ==",
              "== notify ==",
              "B/A req/s",
              "B/A p99",
              "notifications/s",
              "lost 0");
      String md = Files.readString(reportDir.resolve("report.md"));
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
      for (String png :
          new String[] {
            "get-by-id-latency.png",
            "get-by-id-throughput.png",
            "notify-latency.png",
            "notify-throughput.png"
          }) {
        BufferedImage image = ImageIO.read(reportDir.resolve(png).toFile());
        assertThat(image).as(png).isNotNull();
        assertThat(image.getWidth()).isEqualTo(900);
      }
      assertThat(a.entities).isEmpty();
      assertThat(b.entities).isEmpty();
      assertThat(b.subscriptions).isEmpty();
    }
  }
}
