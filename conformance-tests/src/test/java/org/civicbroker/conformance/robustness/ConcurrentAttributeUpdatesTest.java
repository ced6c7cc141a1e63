package org.civicbroker.conformance.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.civicbroker.conformance.BrokerUnderTest;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.2 Update Entity Attributes under concurrency: requests that touch different attributes of one
 * entity must not lose each other's writes (each operation is applied as a whole to the current
 * state of the entity).
 */
@DisplayName("5.6.2 concurrent updates of different attributes lose nothing")
class ConcurrentAttributeUpdatesTest extends NgsiLdTest {
  private static final int ATTRIBUTES = 20;

  @Test
  @DisplayName("20 concurrent PATCH .../attrs, each on its own attribute -> all 20 new values kept")
  void noUpdateIsLost() {
    String id = createCounters();
    HttpClient client = httpClient();

    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < ATTRIBUTES; i++) {
      responses.add(client.sendAsync(patch(id, i), HttpResponse.BodyHandlers.ofString()));
    }

    for (CompletableFuture<HttpResponse<String>> future : responses) {
      HttpResponse<String> response = future.join();
      assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }
    JsonNode entity = retrieve(id);
    for (int i = 0; i < ATTRIBUTES; i++) {
      assertThat(entity.path(name(i)).path("value").asInt()).as(name(i)).isEqualTo(newValue(i));
    }
  }

  private String createCounters() {
    String id = newId("Sensor");
    ObjectNode entity = Json.fixture("entities/minimal.json", Map.of("id", id));
    for (int i = 0; i < ATTRIBUTES; i++) {
      entity.putObject(name(i)).put("type", "Property").put("value", 0);
    }
    json(entity.toString()).post("/entities").then().statusCode(201);
    created(id);
    return id;
  }

  private static HttpRequest patch(String id, int i) {
    ObjectNode fragment = Json.MAPPER.createObjectNode();
    fragment.putObject(name(i)).put("type", "Property").put("value", newValue(i));
    String path =
        "/ngsi-ld/v1/entities/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/attrs";
    return HttpRequest.newBuilder(URI.create(BrokerUnderTest.baseUrl() + path))
        .header("Content-Type", JSON)
        .method("PATCH", HttpRequest.BodyPublishers.ofString(fragment.toString()))
        .build();
  }

  private static String name(int i) {
    return "counter" + i;
  }

  private static int newValue(int i) {
    return 100 + i;
  }
}
