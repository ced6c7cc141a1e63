package org.civicbroker.conformance.binding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.civicbroker.conformance.BrokerUnderTest;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.civicbroker.conformance.Responses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 6.3.6 response media types (content negotiation on Accept): {@code application/json} puts the
 *
 * @context in a Link header, {@code application/ld+json} in the body; a client that accepts
 *     anything, or sends no Accept at all, gets JSON; an unacceptable type is 406.
 */
@DisplayName("6.3.6 response media type and Accept")
class ResponseMediaTypeTest extends NgsiLdTest {

  @Test
  @DisplayName(
      "6.3.6 Accept application/json -> JSON body without @context, context in a Link header")
  void jsonPutsTheContextInALinkHeader() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = given().accept(JSON).get("/entities/{id}", id);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Responses.mediaType(response)).isEqualTo(JSON);
    assertThat(Json.parse(response).has("@context")).isFalse();
    assertThat(response.header("Link"))
        .as("Link header")
        .isNotNull()
        .contains("rel=\"" + CONTEXT_REL + "\"");
  }

  @Test
  @DisplayName("6.3.6 Accept application/ld+json -> @context in the body")
  void jsonLdPutsTheContextInTheBody() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = given().accept(LD_JSON).get("/entities/{id}", id);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Responses.mediaType(response)).isEqualTo(LD_JSON);
    JsonNode body = Json.parse(response);
    assertThat(body.has("@context")).as("@context in %s", body).isTrue();
    assertThat(body.path("id").asText()).isEqualTo(id);
  }

  @Test
  @DisplayName("6.3.6 Accept */* -> application/json")
  void anyMediaTypeGivesJson() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = given().accept("*/*").get("/entities/{id}", id);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Responses.mediaType(response)).isEqualTo(JSON);
  }

  @Test
  @DisplayName("6.3.6 no Accept header -> application/json")
  void noAcceptGivesJson() throws IOException, InterruptedException {
    String id = create("entities/sensor.json", "Sensor");
    // java.net.http sends no Accept header unless told to
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(BrokerUnderTest.baseUrl() + "/ngsi-ld/v1/entities/" + id))
            .GET()
            .build();

    HttpResponse<String> response =
        httpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Responses.mediaType(response.headers().firstValue("Content-Type").orElse(null)))
        .isEqualTo(JSON);
    assertThat(Json.parse(response.body()).path("id").asText()).isEqualTo(id);
  }

  @Test
  @DisplayName("6.3.6 Accept application/xml -> 406 Not Acceptable")
  void xmlIsNotAcceptable() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = given().accept("application/xml").get("/entities/{id}", id);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(406);
  }
}
