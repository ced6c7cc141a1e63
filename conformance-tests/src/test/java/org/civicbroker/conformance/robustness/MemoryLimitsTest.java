package org.civicbroker.conformance.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.civicbroker.conformance.BrokerProcess;
import org.civicbroker.conformance.BrokerUnderTest;
import org.civicbroker.conformance.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a broker that accepted its data restarts on the same memory. The in-memory index is
 * rebuilt in bounded memory, so what a small heap accepted it reopens with the same heap; and the
 * broker refuses creations (507, ProblemDetails naming the limit) rather than accept data beyond
 * its configured entity count or heap budget. Each test starts broker processes of its own.
 */
@DisplayName("Memory limits: a broker reopens what it accepted, and refuses what would not fit")
class MemoryLimitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TYPE = "https://example.org/memory/Sensor";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path data;

  @BeforeEach
  void onlyWithThePackagedBroker() {
    assumeTrue(BrokerUnderTest.isLocal(), "needs broker processes of its own (-Dbroker.url set)");
    assumeFalse(BrokerUnderTest.onMongo(), "starts embedded brokers: runs once, not per engine");
  }

  @Test
  @DisplayName("20,000 entities accepted with -Xmx160m are all queryable after a restart with it")
  void whatASmallHeapAcceptedItReopens() throws Exception {
    int count = Integer.getInteger("memory.entities", 20_000);
    List<String> heap = List.of("-Xmx160m");
    try (BrokerProcess broker = BrokerProcess.start(data, Map.of(), heap)) {
      for (int from = 0; from < count; from += 1000) {
        HttpResponse<String> r = upsert(broker.url(), from, Math.min(count, from + 1000));
        assertThat(r.statusCode()).as(r.body()).isIn(201, 204);
      }
    }
    try (BrokerProcess restarted = BrokerProcess.start(data, Map.of(), heap)) {
      assertThat(restarted.alive()).isTrue();
      assertThat(countOfType(restarted.url())).isEqualTo(count);
      JsonNode last = get(restarted.url(), "/ngsi-ld/v1/entities/" + id(count - 1));
      assertThat(last.path("https://example.org/memory/temperature").path("value").asInt())
          .isEqualTo(count - 1);
    }
  }

  @Test
  @DisplayName("beyond BROKER_LIMITS_MAX_ENTITIES creations get 507, updates still work")
  void creationsBeyondTheEntityLimitAreRefused() throws Exception {
    try (BrokerProcess broker =
        BrokerProcess.start(data, Map.of("BROKER_LIMITS_MAX_ENTITIES", "5"))) {
      assertThat(upsert(broker.url(), 0, 5).statusCode()).isEqualTo(201);

      HttpResponse<String> refused = create(broker.url(), 5);
      assertThat(refused.statusCode()).isEqualTo(507);
      JsonNode problem = JSON.readTree(refused.body());
      assertThat(problem.path("status").asInt()).isEqualTo(507);
      assertThat(problem.path("detail").asText()).contains("BROKER_LIMITS_MAX_ENTITIES");

      HttpResponse<String> mixed = upsert(broker.url(), 3, 7);
      assertThat(mixed.statusCode()).isEqualTo(207);
      JsonNode result = JSON.readTree(mixed.body());
      assertThat(result.path("success"))
          .extracting(JsonNode::asText)
          .containsExactlyInAnyOrder(id(3), id(4));
      assertThat(result.path("errors")).hasSize(2);
      assertThat(result.path("errors").get(0).path("error").path("status").asInt()).isEqualTo(507);
      assertThat(countOfType(broker.url())).isEqualTo(5);

      assertThat(delete(broker.url(), id(0))).isEqualTo(204);
      assertThat(create(broker.url(), 5).statusCode()).isEqualTo(201);
    }
  }

  @Test
  @DisplayName("once the index fills BROKER_LIMITS_HEAP_BUDGET_PERCENT, creations get 507")
  void creationsBeyondTheHeapBudgetAreRefused() throws Exception {
    try (BrokerProcess broker =
        BrokerProcess.start(
            data, Map.of("BROKER_LIMITS_HEAP_BUDGET_PERCENT", "1"), List.of("-Xmx256m"))) {
      int accepted = 0;
      HttpResponse<String> last = null;
      for (int from = 0; from < 20_000 && (last == null || last.statusCode() == 201); from += 500) {
        last = upsert(broker.url(), from, from + 500);
        accepted = countOfType(broker.url());
      }
      assertThat(last.statusCode()).as("a batch was refused in part or whole").isEqualTo(207);
      assertThat(accepted).as("about 2.5 MB of index fit").isBetween(500, 10_000);

      HttpResponse<String> refused = create(broker.url(), 30_000);
      assertThat(refused.statusCode()).isEqualTo(507);
      assertThat(JSON.readTree(refused.body()).path("detail").asText())
          .contains("BROKER_LIMITS_HEAP_BUDGET_PERCENT");
      assertThat(countOfType(broker.url())).isEqualTo(accepted);
      HttpResponse<String> update =
          send(
              broker.url() + "/ngsi-ld/v1/entities/" + id(0) + "/attrs",
              "PATCH",
              "{\"https://example.org/memory/status\": {\"type\": \"Property\", \"value\": \"x\"}}");
      assertThat(update.statusCode()).as("updates are never refused").isEqualTo(204);
    }
  }

  private static String id(int n) {
    return "urn:ngsi-ld:Sensor:memory-" + n;
  }

  private static String entity(int n) {
    return Fixtures.text("robustness/memory/sensor.json")
        .replace("${id}", id(n))
        .replace("${n}", Integer.toString(n));
  }

  private static HttpResponse<String> upsert(String url, int from, int to) throws Exception {
    StringBuilder body = new StringBuilder("[");
    for (int n = from; n < to; n++) {
      body.append(n == from ? "" : ",").append(entity(n));
    }
    return send(url + "/ngsi-ld/v1/entityOperations/upsert", "POST", body.append(']').toString());
  }

  private static HttpResponse<String> create(String url, int n) throws Exception {
    return send(url + "/ngsi-ld/v1/entities", "POST", entity(n));
  }

  private static int delete(String url, String id) throws Exception {
    return send(url + "/ngsi-ld/v1/entities/" + id, "DELETE", null).statusCode();
  }

  private static int countOfType(String url) throws Exception {
    HttpResponse<String> r =
        send(url + "/ngsi-ld/v1/entities?type=" + TYPE + "&count=true&limit=0", "GET", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Integer.parseInt(r.headers().firstValue("NGSILD-Results-Count").orElseThrow());
  }

  private static JsonNode get(String url, String path) throws Exception {
    HttpResponse<String> r = send(url + path, "GET", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static HttpResponse<String> send(String uri, String method, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
