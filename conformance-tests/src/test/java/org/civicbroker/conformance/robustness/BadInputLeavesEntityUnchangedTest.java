package org.civicbroker.conformance.robustness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblemOneOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * A rejected request changes nothing: for a stored entity, each invalid PATCH/PUT/POST of the table
 * {@code bad-input/cases.csv} gets its 4xx (the clause is in the table) and afterwards the entity,
 * including its system attributes ({@code options=sysAttrs}), is exactly as before. Operations are
 * atomic per request (5.6.2.4, 5.6.3.4, 5.6.17.4, 5.6.18.4: the fragment is validated before
 * anything is written).
 */
@DisplayName("5.6 bad input never changes stored data")
class BadInputLeavesEntityUnchangedTest extends NgsiLdTest {
  /** The id used by {@code entity-other-id.json}; removed in case a broker wrongly stores it. */
  private static final String OTHER_ID = "urn:ngsi-ld:Sensor:bad-input-other-entity";

  @ParameterizedTest(name = "{0} -> {5} ({6})")
  @CsvFileSource(resources = "/bad-input/cases.csv")
  @DisplayName("an invalid write is rejected and the entity is unchanged")
  void invalidWriteLeavesTheEntityUnchanged(
      String name,
      String method,
      String path,
      String contentType,
      String body,
      String expected,
      String clause) {
    String id = create("entities/sensor.json", "Sensor");
    created(OTHER_ID);
    JsonNode before = retrieve(id, "options", "sysAttrs");

    Response response =
        given()
            .contentType(contentType)
            .body(fixture("bad-input/" + body, "id", id))
            .request(method, path.replace("${id}", id));

    assertExpected(response, expected);
    assertThat(retrieve(id, "options", "sysAttrs")).as("entity after: %s", name).isEqualTo(before);
  }

  /** {@code expected} is a status, optionally followed by the problem type(s), e.g. "400 A|B". */
  private static void assertExpected(Response response, String expected) {
    String[] parts = expected.split(" ");
    int status = Integer.parseInt(parts[0]);
    if (parts.length > 1) {
      assertProblemOneOf(response, status, parts[1].split("\\|"));
    } else {
      assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    }
  }
}
