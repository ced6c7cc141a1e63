package org.civicbroker.conformance.binding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.stream.Stream;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.civicbroker.conformance.Problems;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error responses (5.5.2 error types, 6.3.2 HTTP mapping): a ProblemDetails object with the ETSI
 * type URI, sent with Content-Type exactly {@code application/json} — also when the request asked
 * for {@code application/ld+json} — because deployed clients parse errors only with that media type
 * (SPEC.md, "Media types and headers" and "Compatibility with clients in the field").
 */
@DisplayName("5.5.2 / 6.3.2 ProblemDetails error responses")
class ProblemDetailsTest extends NgsiLdTest {

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("404 ResourceNotFound", JSON, newId("Sensor"), 404, "ResourceNotFound"),
        Arguments.of(
            "404 ResourceNotFound (Accept ld+json)",
            LD_JSON,
            newId("Sensor"),
            404,
            "ResourceNotFound"),
        Arguments.of("400 BadRequestData", JSON, "not-a-uri", 400, "BadRequestData"),
        Arguments.of(
            "400 BadRequestData (Accept ld+json)", LD_JSON, "not-a-uri", 400, "BadRequestData"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  @DisplayName("5.5.2 Content-Type exactly application/json, type = ETSI error URI, title present")
  void problemDetailsShape(String name, String accept, String id, int status, String type) {
    Response response = given().accept(accept).get("/entities/{id}", id);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.header("Content-Type")).isEqualTo("application/json");
    JsonNode problem = Json.parse(response);
    assertThat(problem.path("type").asText()).isEqualTo(Problems.ERRORS + type);
    assertThat(problem.path("title").isTextual()).as("title in %s", problem).isTrue();
    if (problem.has("status")) {
      assertThat(problem.path("status").asInt()).as("status member").isEqualTo(status);
    }
    if (problem.has("detail")) {
      assertThat(problem.path("detail").isTextual()).as("detail is a string").isTrue();
    }
  }
}
