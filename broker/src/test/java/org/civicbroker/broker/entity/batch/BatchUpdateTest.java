package org.civicbroker.broker.entity.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.broker.entity.batch.Batches.array;
import static org.civicbroker.broker.entity.batch.Batches.newId;
import static org.civicbroker.broker.entity.batch.Batches.post;
import static org.civicbroker.broker.entity.batch.Batches.retrieve;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** 5.6.9 Batch Entity Update and 5.6.20 Batch Entity Merge. */
@QuarkusTest
class BatchUpdateTest {
  private static final String ERRORS = "https://uri.etsi.org/ngsi-ld/errors/";

  @Test
  void updateAppendsAndOverwritesAttributes() {
    String a = newId();
    String b = newId();
    Batches.create("room.json", a, b);

    post("update", array("room-warmer.json", a, b)).then().statusCode(204);

    JsonPath entity = retrieve(b).jsonPath();
    assertThat(entity.getInt("temperature.value")).isEqualTo(25);
    assertThat(entity.getInt("humidity.value")).isEqualTo(55);
    assertThat(entity.getString("isIn.object")).isEqualTo("urn:ngsi-ld:Building:1");
  }

  @Test
  void updateOfAMissingEntityIsResourceNotFoundForItAlone() {
    String a = newId();
    Batches.create("room.json", a);
    String missing = newId();

    Response response = post("update", array("room-warmer.json", missing, a));

    response.then().statusCode(207);
    assertThat(response.jsonPath().getList("success", String.class)).containsExactly(a);
    assertThat(response.jsonPath().getString("errors[0].entityId")).isEqualTo(missing);
    assertThat(response.jsonPath().getString("errors[0].error.type"))
        .isEqualTo(ERRORS + "ResourceNotFound");
    retrieve(missing).then().statusCode(404);
  }

  @Test
  void noOverwriteKeepsExistingAttributesAndReportsThem() {
    String a = newId();
    Batches.create("room.json", a);

    Response response =
        given()
            .contentType("application/json")
            .body(array("room-warmer.json", a))
            .post(Batches.OPERATIONS + "update?options=noOverwrite");

    response.then().statusCode(207);
    assertThat(response.jsonPath().getString("errors[0].entityId")).isEqualTo(a);
    assertThat(response.jsonPath().getString("errors[0].error.type"))
        .isEqualTo(ERRORS + "BadRequestData");
    assertThat(response.jsonPath().getString("errors[0].error.detail")).contains("temperature");
    JsonPath entity = retrieve(a).jsonPath();
    assertThat(entity.getDouble("temperature.value")).isEqualTo(21.5);
    assertThat(entity.getInt("humidity.value")).isEqualTo(55);
  }

  @Test
  void noOverwriteWithOnlyNewAttributesIs204() {
    String a = newId();
    Batches.create("room.json", a);

    given()
        .contentType("application/json")
        .body(array("room-humidity.json", a))
        .post(Batches.OPERATIONS + "update?options=noOverwrite")
        .then()
        .statusCode(204);

    assertThat(retrieve(a).jsonPath().getInt("humidity.value")).isEqualTo(40);
  }

  @Test
  void mergeMergesAndNgsiLdNullDeletes() {
    String a = newId();
    Batches.create("room.json", a);

    post("merge", array("room-merge.json", a)).then().statusCode(204);

    JsonPath entity = retrieve(a).jsonPath();
    assertThat(entity.getInt("temperature.value")).isEqualTo(30);
    assertThat(entity.getString("temperature.unitCode")).isEqualTo("CEL");
    assertThat(entity.getMap("")).doesNotContainKey("isIn");
  }

  @Test
  void mergeOfAMissingEntityIsResourceNotFoundForItAlone() {
    String a = newId();
    Batches.create("room.json", a);
    String missing = newId();

    Response response = post("merge", array("room-merge.json", a, missing));

    response.then().statusCode(207);
    assertThat(response.jsonPath().getList("success", String.class)).containsExactly(a);
    assertThat(response.jsonPath().getString("errors[0].error.type"))
        .isEqualTo(ERRORS + "ResourceNotFound");
  }
}
