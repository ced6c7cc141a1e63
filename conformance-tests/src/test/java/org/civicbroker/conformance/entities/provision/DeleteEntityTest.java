package org.civicbroker.conformance.entities.provision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import io.restassured.response.Response;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 5.6.6 Delete Entity (HTTP binding 6.5.3.2, DELETE /entities/{entityId}). */
@DisplayName("5.6.6 Delete Entity")
class DeleteEntityTest extends NgsiLdTest {

  @Test
  @DisplayName("6.5.3.2 204 No Content, afterwards GET -> 404")
  void deleteAnswers204AndTheEntityIsGone() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = given().delete("/entities/{id}", id);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    assertThat(response.asString()).isEmpty();
    assertEntityAbsent(id);
  }

  @Test
  @DisplayName("5.6.6.4 an unknown id -> 404 ResourceNotFound")
  void unknownIdIsResourceNotFound() {
    assertProblem(given().delete("/entities/{id}", newId("Sensor")), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.6.6.4 deleting twice -> the second answers 404 ResourceNotFound")
  void secondDeleteIsResourceNotFound() {
    String id = create("entities/minimal.json", "Sensor");
    given().delete("/entities/{id}", id).then().statusCode(204);

    assertProblem(given().delete("/entities/{id}", id), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.6.6.4 an id that is not a URI -> 400 BadRequestData")
  void invalidIdIsBadRequestData() {
    assertProblem(given().delete("/entities/{id}", "not-a-uri"), 400, "BadRequestData");
  }

  @Test
  @DisplayName("5.6.6 the id can be reused after deletion")
  void idCanBeReusedAfterDeletion() {
    String id = create("entities/sensor.json", "Sensor");
    given().delete("/entities/{id}", id).then().statusCode(204);

    Response again = json(fixture("entities/minimal.json", "id", id)).post("/entities");

    assertThat(again.statusCode()).as(again.asString()).isEqualTo(201);
    assertThat(retrieve(id).has("temperature")).as("old attributes are gone").isFalse();
  }
}
