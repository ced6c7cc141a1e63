package org.civicbroker.conformance.binding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import io.restassured.response.Response;
import org.civicbroker.conformance.ContextServer;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 6.3.4 (supported request media types) and 6.3.5 (JSON-LD @context resolution): {@code
 * application/json} takes its context from the Link header, {@code application/ld+json} from the
 * body, and the two must not be mixed; other media types are 415.
 */
@DisplayName("6.3.4 / 6.3.5 request Content-Type and @context")
class RequestContentTypeTest extends NgsiLdTest {

  @Test
  @DisplayName("6.3.5 application/json with a Link header to a user context -> 201")
  void jsonWithLinkIsAccepted() {
    String id = newId("Thermometer");
    created(id);
    String context = ContextServer.get().publish("contexts/user-context.jsonld");

    Response response =
        json(fixture("entities/user-context-thermometer.json", "id", id), context)
            .post("/entities");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
  }

  @Test
  @DisplayName("6.3.5 application/ld+json without @context in the body -> 400 BadRequestData")
  void jsonLdWithoutContextIsBadRequestData() {
    String id = newId("Sensor");
    created(id);

    assertProblem(
        ldJson(fixture("entities/sensor.json", "id", id)).post("/entities"), 400, "BadRequestData");
    assertEntityAbsent(id);
  }

  @Test
  @DisplayName("6.3.5 application/ld+json with a JSON-LD Link header -> 400 BadRequestData")
  void jsonLdWithLinkHeaderIsBadRequestData() {
    String id = newId("Sensor");
    created(id);
    String context = ContextServer.get().publish("contexts/user-context.jsonld");

    Response response =
        ldJson(fixture("binding/sensor-with-context.json", "id", id))
            .header("Link", link(context))
            .post("/entities");

    assertProblem(response, 400, "BadRequestData");
    assertEntityAbsent(id);
  }

  @Test
  @DisplayName("6.3.5 application/json with @context in the body -> 400 BadRequestData")
  void jsonWithContextInBodyIsBadRequestData() {
    String id = newId("Sensor");
    created(id);

    assertProblem(
        json(fixture("binding/sensor-with-context.json", "id", id)).post("/entities"),
        400,
        "BadRequestData");
    assertEntityAbsent(id);
  }

  @Test
  @DisplayName("6.3.4 Content-Type text/plain -> 415")
  void textPlainIsUnsupportedMediaType() {
    String id = newId("Sensor");
    created(id);

    Response response =
        given()
            .contentType("text/plain")
            .body(fixture("entities/sensor.json", "id", id))
            .post("/entities");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(415);
    assertEntityAbsent(id);
  }

  @Test
  @DisplayName("6.3.5 an unreachable Link context on a write -> 503 LdContextNotAvailable")
  void unreachableContextOnWriteIsLdContextNotAvailable() {
    String id = newId("Sensor");
    created(id);

    Response response =
        json(fixture("entities/sensor.json", "id", id), ContextServer.get().missing())
            .post("/entities");

    assertProblem(response, 503, "LdContextNotAvailable");
    assertEntityAbsent(id);
  }

  @Test
  @DisplayName("6.3.5 an unreachable Link context on a read -> 503 LdContextNotAvailable")
  void unreachableContextOnReadIsLdContextNotAvailable() {
    String id = create("entities/sensor.json", "Sensor");

    Response response =
        given()
            .accept(JSON)
            .header("Link", link(ContextServer.get().missing()))
            .get("/entities/{id}", id);

    assertProblem(response, 503, "LdContextNotAvailable");
  }
}
