package org.civicbroker.conformance.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblemOneOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.civicbroker.conformance.BrokerUnderTest;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Request limits. The spec leaves them to the deployment, so these run only against the broker the
 * tests started themselves ({@link BrokerUnderTest#isLocal()}), whose defaults are a 2 MiB body
 * limit (override with {@code -Dbroker.max-body-bytes}) and a JSON nesting limit well below 200.
 */
@DisplayName("request limits of the packaged broker")
class RequestLimitsTest extends NgsiLdTest {
  private static final int DEFAULT_MAX_BODY = 2 * 1024 * 1024;

  @Test
  @DisplayName("a body over the limit -> 413 Payload Too Large, nothing created")
  void oversizedBodyIsPayloadTooLarge() throws IOException, InterruptedException {
    assumeTrue(BrokerUnderTest.isLocal(), "body limits are deployment-specific");
    int limit = Integer.getInteger("broker.max-body-bytes", DEFAULT_MAX_BODY);
    String id = newId("Sensor");
    created(id);
    ObjectNode entity = Json.fixture("entities/minimal.json", Map.of("id", id));
    entity.putObject("blob").put("type", "Property").put("value", "x".repeat(limit + 64 * 1024));

    HttpResponse<String> response = post(Json.MAPPER.writeValueAsString(entity));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertEntityAbsent(id);
  }

  @Test
  @DisplayName("JSON nested 200 levels deep -> 400, nothing created")
  void deeplyNestedJsonIsRejected() {
    assumeTrue(BrokerUnderTest.isLocal(), "nesting limits are deployment-specific");
    String id = newId("Sensor");
    created(id);
    ObjectNode entity = Json.fixture("entities/minimal.json", Map.of("id", id));
    ObjectNode value = entity.putObject("config").put("type", "JsonProperty").putObject("json");
    for (int depth = 0; depth < 200; depth++) {
      value = value.putObject("level");
    }

    Response response = json(entity.toString()).post("/entities");

    assertProblemOneOf(response, 400, "BadRequestData", "InvalidRequest");
    assertEntityAbsent(id);
  }

  /** Sent with java.net.http: a server may answer 413 before reading the whole body. */
  private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(BrokerUnderTest.baseUrl() + "/ngsi-ld/v1/entities"))
            .header("Content-Type", JSON)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return httpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
