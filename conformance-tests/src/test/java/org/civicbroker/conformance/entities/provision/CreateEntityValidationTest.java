package org.civicbroker.conformance.entities.provision;

import static org.civicbroker.conformance.Problems.assertProblem;

import io.restassured.response.Response;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * 5.6.1 Create Entity, error cases: a payload that is not an NGSI-LD Entity is rejected with 400
 * and nothing is created (5.6.1.4: "If the data item is not a valid Entity, an error of type
 * BadRequestData shall be raised"; a body that is not JSON at all is an InvalidRequest, 5.5.2). The
 * cases are the table {@code entities/invalid/create-cases.csv}: one fixture per kind of invalid
 * shape, covering each of the eight attribute types.
 */
@DisplayName("5.6.1 Create Entity: invalid payloads are rejected")
class CreateEntityValidationTest extends NgsiLdTest {

  @ParameterizedTest(name = "{2} -> 400 {1}")
  @CsvFileSource(resources = "/entities/invalid/create-cases.csv")
  @DisplayName("5.6.1 an invalid entity is rejected with 400 and not created")
  void invalidEntityIsRejected(String fixture, String problemType, String what) {
    String id = newId("Sensor");
    created(id);

    Response response = json(fixture("entities/invalid/" + fixture, "id", id)).post("/entities");

    assertProblem(response, 400, problemType);
    assertEntityAbsent(id);
  }
}
