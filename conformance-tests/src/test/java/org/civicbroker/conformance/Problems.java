package org.civicbroker.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;

/**
 * Assertions on error responses: a ProblemDetails JSON object (RFC 7807 shape) whose {@code type}
 * is the ETSI problem type URI (clause 5.5.2, HTTP mapping in clause 6.3.2), sent as {@code
 * application/json}.
 */
public final class Problems {
  public static final String ERRORS = "https://uri.etsi.org/ngsi-ld/errors/";

  private Problems() {}

  /**
   * Asserts the status, that the body is a ProblemDetails with the ETSI type {@code
   * https://uri.etsi.org/ngsi-ld/errors/<typeName>} and a title, and that its media type is {@code
   * application/json}. The exact Content-Type header (no parameters) is checked by {@code
   * ProblemDetailsTest} alone, so that one deviation does not fail every error test.
   */
  public static JsonNode assertProblem(Response response, int status, String typeName) {
    assertThat(response.statusCode()).as("status; body: %s", response.asString()).isEqualTo(status);
    assertThat(Responses.mediaType(response))
        .as("ProblemDetails media type (Content-Type %s)", response.contentType())
        .isEqualTo("application/json");
    JsonNode body = Json.parse(response);
    assertThat(body.path("type").asText())
        .as("problem type in %s", body)
        .isEqualTo(ERRORS + typeName);
    assertThat(body.path("title").asText()).as("problem title in %s", body).isNotBlank();
    return body;
  }

  /** Like {@link #assertProblem} but accepting any of the given problem types. */
  public static JsonNode assertProblemOneOf(Response response, int status, String... typeNames) {
    assertThat(response.statusCode()).as("status; body: %s", response.asString()).isEqualTo(status);
    assertThat(Responses.mediaType(response))
        .as("ProblemDetails media type")
        .isEqualTo("application/json");
    JsonNode body = Json.parse(response);
    String[] uris = new String[typeNames.length];
    for (int i = 0; i < typeNames.length; i++) {
      uris[i] = ERRORS + typeNames[i];
    }
    assertThat(body.path("type").asText()).as("problem type in %s", body).isIn((Object[]) uris);
    return body;
  }
}
