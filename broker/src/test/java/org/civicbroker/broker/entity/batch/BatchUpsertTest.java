package org.civicbroker.broker.entity.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.broker.entity.batch.Batches.array;
import static org.civicbroker.broker.entity.batch.Batches.arrayOf;
import static org.civicbroker.broker.entity.batch.Batches.entity;
import static org.civicbroker.broker.entity.batch.Batches.newId;
import static org.civicbroker.broker.entity.batch.Batches.post;
import static org.civicbroker.broker.entity.batch.Batches.retrieve;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** 5.6.8 Batch Entity Creation or Update (Upsert). */
@QuarkusTest
class BatchUpsertTest {

  @Test
  void allNewIs201WithTheCreatedIds() {
    String a = newId();
    String b = newId();
    Response response = post("upsert", array("room.json", a, b));

    response.then().statusCode(201);
    assertThat(response.jsonPath().getList("", String.class)).containsExactly(a, b);
  }

  @Test
  void allExistingIs204AndReplacesThem() {
    String a = newId();
    String b = newId();
    Batches.create("room.json", a, b);
    String createdAt = sysAttrs(a).getString("createdAt");

    post("upsert", array("room-warmer.json", a, b)).then().statusCode(204);

    JsonPath entity = sysAttrs(a);
    assertThat(entity.getInt("temperature.value")).isEqualTo(25);
    assertThat(entity.getInt("humidity.value")).isEqualTo(55);
    assertThat(entity.getMap("")).doesNotContainKey("isIn");
    assertThat(entity.getString("createdAt")).isEqualTo(createdAt);
  }

  @Test
  void someNewIs201WithOnlyTheCreatedIds() {
    String existing = newId();
    Batches.create("room.json", existing);
    String fresh = newId();

    Response response = post("upsert", array("room-warmer.json", existing, fresh));

    response.then().statusCode(201);
    assertThat(response.jsonPath().getList("", String.class)).containsExactly(fresh);
  }

  @Test
  void updateOptionAppendsToExistingEntities() {
    String existing = newId();
    Batches.create("room.json", existing);
    String fresh = newId();

    Response response =
        given()
            .contentType("application/json")
            .body(array("room-humidity.json", existing, fresh))
            .post(Batches.OPERATIONS + "upsert?options=update");

    response.then().statusCode(201);
    assertThat(response.jsonPath().getList("", String.class)).containsExactly(fresh);
    JsonPath updated = retrieve(existing).jsonPath();
    assertThat(updated.getDouble("temperature.value")).isEqualTo(21.5);
    assertThat(updated.getInt("humidity.value")).isEqualTo(40);
    assertThat(updated.getString("isIn.object")).isEqualTo("urn:ngsi-ld:Building:1");
  }

  @Test
  void theSameIdTwiceAppliesBothInOrder() {
    String a = newId();
    String b = newId();
    String body =
        arrayOf(entity("room.json", a), entity("room.json", b), entity("room-warmer.json", a));

    Response response = post("upsert", body);

    response.then().statusCode(201);
    assertThat(response.jsonPath().getList("", String.class)).containsExactly(a, b);
    JsonPath entity = retrieve(a).jsonPath();
    assertThat(entity.getInt("temperature.value")).isEqualTo(25);
    assertThat(entity.getMap("")).doesNotContainKey("isIn");
  }

  @Test
  void anInvalidEntityFailsAloneWith207() {
    String a = newId();
    String invalid = newId();
    Response response =
        post("upsert", arrayOf(entity("room.json", a), entity("room-without-type.json", invalid)));

    response.then().statusCode(207);
    assertThat(response.jsonPath().getList("success", String.class)).containsExactly(a);
    assertThat(response.jsonPath().getString("errors[0].entityId")).isEqualTo(invalid);
    assertThat(response.jsonPath().getString("errors[0].error.type"))
        .isEqualTo("https://uri.etsi.org/ngsi-ld/errors/BadRequestData");
  }

  @Test
  void aTrailingSlashIsAccepted() {
    String a = newId();
    Response response =
        given()
            .contentType("application/json")
            .body(array("room.json", a))
            .post(Batches.OPERATIONS + "upsert/");

    response.then().statusCode(201);
    retrieve(a).then().statusCode(200);
  }

  private static JsonPath sysAttrs(String id) {
    return given()
        .accept("application/json")
        .get(Batches.ENTITIES + id + "?options=sysAttrs")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
