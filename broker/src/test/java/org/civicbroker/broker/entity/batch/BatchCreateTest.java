package org.civicbroker.broker.entity.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.broker.entity.batch.Batches.array;
import static org.civicbroker.broker.entity.batch.Batches.arrayOf;
import static org.civicbroker.broker.entity.batch.Batches.entity;
import static org.civicbroker.broker.entity.batch.Batches.newId;
import static org.civicbroker.broker.entity.batch.Batches.post;
import static org.civicbroker.broker.entity.batch.Batches.postLd;
import static org.civicbroker.broker.entity.batch.Batches.retrieve;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 5.6.7 Batch Entity Creation. */
@QuarkusTest
class BatchCreateTest {
  private static final String ERRORS = "https://uri.etsi.org/ngsi-ld/errors/";

  @Test
  void allCreatedIs201WithTheIds() {
    String a = newId();
    String b = newId();
    Response response = post("create", array("room.json", a, b));

    response.then().statusCode(201).contentType("application/json");
    assertThat(response.jsonPath().getList("", String.class)).containsExactly(a, b);
    assertThat(retrieve(a).jsonPath().getDouble("temperature.value")).isEqualTo(21.5);
    assertThat(retrieve(b).jsonPath().getString("isIn.object")).isEqualTo("urn:ngsi-ld:Building:1");
  }

  @Test
  void badEntitiesAreReportedAndTheOthersCreated() {
    String existing = newId();
    Batches.create("room.json", existing);
    String a = newId();
    String invalid = newId();
    String b = newId();
    String body =
        arrayOf(
            entity("room.json", a),
            entity("room.json", existing),
            entity("room-without-type.json", invalid),
            entity("room.json", b),
            entity("room.json", a));

    Response response = post("create", body);

    response.then().statusCode(207).contentType("application/json");
    JsonPath json = response.jsonPath();
    assertThat(json.getList("success", String.class)).containsExactly(a, b);
    assertThat(json.getList("errors.entityId", String.class)).containsExactly(existing, invalid, a);
    assertThat(json.getList("errors.error.type", String.class))
        .containsExactly(
            ERRORS + "AlreadyExists", ERRORS + "BadRequestData", ERRORS + "AlreadyExists");
    assertThat(json.getList("errors.error.title", String.class)).allMatch(t -> !t.isBlank());
    assertThat(json.getList("errors.error.status", Integer.class)).containsExactly(409, 400, 409);
    retrieve(a).then().statusCode(200);
    retrieve(b).then().statusCode(200);
    retrieve(invalid).then().statusCode(404);
  }

  @Test
  void ldJsonEntitiesEachCarryTheirContext() {
    String a = newId();
    String missing = newId();
    String b = newId();
    String body =
        arrayOf(
            entity("room.jsonld", a),
            entity("room-without-context.jsonld", missing),
            entity("room.jsonld", b));

    Response response = postLd("create", body);

    response.then().statusCode(207);
    assertThat(response.jsonPath().getList("success", String.class)).containsExactly(a, b);
    assertThat(response.jsonPath().getString("errors[0].entityId")).isEqualTo(missing);
    assertThat(response.jsonPath().getString("errors[0].error.type"))
        .isEqualTo(ERRORS + "BadRequestData");
  }

  @Test
  void anEntityIdThatIsNoUriFailsAlone() {
    String a = newId();
    Response response =
        post("create", arrayOf(entity("room.json", "not a uri"), entity("room.json", a)));

    response.then().statusCode(207);
    assertThat(response.jsonPath().getList("success", String.class)).isEqualTo(List.of(a));
    assertThat(response.jsonPath().getString("errors[0].entityId")).isEqualTo("not a uri");
  }

  @Test
  void allFailingIs207WithEmptySuccess() {
    String existing = newId();
    Batches.create("room.json", existing);

    Response response = post("create", array("room.json", existing));

    response.then().statusCode(207);
    assertThat(response.jsonPath().getList("success")).isEmpty();
    assertThat(response.jsonPath().getList("errors")).hasSize(1);
  }
}
