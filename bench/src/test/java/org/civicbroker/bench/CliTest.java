package org.civicbroker.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.civicbroker.bench.scenario.ScenarioRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {

  @Test
  void defaultsWithOnlyUrl() throws CliException {
    BenchOptions o = Cli.parse("--url", "http://localhost:1026");
    assertThat(o.url()).isEqualTo("http://localhost:1026");
    assertThat(o.scenarios()).isEqualTo(ScenarioRegistry.NAMES);
    assertThat(o.duration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(5));
    assertThat(o.connections()).isEqualTo(16);
    assertThat(o.openLoop()).isFalse();
    assertThat(o.entities()).isEqualTo(25_000);
    assertThat(o.tenant()).isEmpty();
    assertThat(o.reportDir()).isEmpty();
    assertThat(o.compareUrl()).isEmpty();
  }

  @Test
  void allOptions() throws CliException {
    BenchOptions o =
        Cli.parse(
            "--url=http://broker:9000/ngsi-ld/v1/",
            "--scenario",
            "notify, get-by-id,notify",
            "--duration",
            "1m30s",
            "--warmup",
            "500ms",
            "--connections",
            "8",
            "--rate",
            "250.5",
            "--entities",
            "1000",
            "--tenant",
            "city",
            "--report",
            "out",
            "--compare",
            "https://other:8443",
            "--grace",
            "2s",
            "--batch-size",
            "100",
            "--seed",
            "42");
    assertThat(o.url()).isEqualTo("http://broker:9000");
    assertThat(o.scenarios()).containsExactly("notify", "get-by-id");
    assertThat(o.duration()).isEqualTo(Duration.ofSeconds(90));
    assertThat(o.warmup()).isEqualTo(Duration.ofMillis(500));
    assertThat(o.connections()).isEqualTo(8);
    assertThat(o.rate()).isEqualTo(250.5);
    assertThat(o.entities()).isEqualTo(1000);
    assertThat(o.tenant()).contains("city");
    assertThat(o.reportDir()).contains(Path.of("out"));
    assertThat(o.compareUrl()).contains("https://other:8443");
    assertThat(o.grace()).isEqualTo(Duration.ofSeconds(2));
    assertThat(o.batchSize()).isEqualTo(100);
    assertThat(o.seed()).isEqualTo(42);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--scenario all                         | --url is required",
        "--url localhost:1026                   | must be an http:// or https:// URL",
        "--url http://x --bogus 1               | unknown option --bogus",
        "--url http://x --duration soon         | --duration: 'soon' is not a duration",
        "--url http://x --notify-failures 1     | --notify-failures must be a fraction",
        "--url http://x --notify-failures -0.1  | --notify-failures must be a fraction",
        "--url http://x --duration 0s           | --duration must be longer than zero",
        "--url http://x --connections 0         | --connections must be between 1 and 10000, got 0",
        "--url http://x --connections many      | --connections: 'many' is not a whole number",
        "--url http://x --rate -5               | --rate must be above 0",
        "--url http://x --rate fast             | --rate: 'fast' is not a number",
        "--url http://x --scenario create,boom  | unknown scenario 'boom'; choose from create, get-by-id",
        "--url http://x --url http://y          | --url is given more than once",
        "--url http://x --tenant                | --tenant needs a value",
        "--url http://x extra                   | unexpected argument 'extra'",
        "--url http://x --entities 2            | --entities must be between 5 and",
      })
  void rejectsBadInputWithAClearMessage(String args, String message) {
    assertThatThrownBy(() -> Cli.parse(args.trim().split("\\s+")))
        .isInstanceOf(CliException.class)
        .hasMessageContaining(message);
  }

  @Test
  void mainReportsBadArgumentsAndExitsWithUsageCode() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"--url", "http://x", "--rate", "0"},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--rate must be above 0")
        .contains("--help");
  }

  @Test
  void helpPrintsUsage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"--help"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--url URL", "--compare URL2", "query-geo");
  }
}
