package org.civicbroker.broker.entity.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.broker.entity.batch.Batches.ids;
import static org.civicbroker.broker.entity.batch.Batches.newId;
import static org.civicbroker.broker.entity.batch.Batches.post;
import static org.civicbroker.broker.entity.batch.Batches.retrieve;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** 5.6.10 Batch Entity Deletion. */
@QuarkusTest
class BatchDeleteTest {

  @Test
  void allDeletedIs204() {
    String a = newId();
    String b = newId();
    Batches.create("room.json", a, b);

    post("delete", ids(a, b)).then().statusCode(204);

    retrieve(a).then().statusCode(404);
    retrieve(b).then().statusCode(404);
  }

  @Test
  void missingAndRepeatedIdsAreResourceNotFound() {
    String a = newId();
    Batches.create("room.json", a);
    String missing = newId();

    Response response = post("delete", ids(a, missing, a));

    response.then().statusCode(207);
    assertThat(response.jsonPath().getList("success", String.class)).containsExactly(a);
    assertThat(response.jsonPath().getList("errors.entityId", String.class))
        .containsExactly(missing, a);
    assertThat(response.jsonPath().getList("errors.error.type", String.class))
        .allMatch(t -> t.equals("https://uri.etsi.org/ngsi-ld/errors/ResourceNotFound"));
    retrieve(a).then().statusCode(404);
  }

  @Test
  void anIdThatIsNoUriFailsAlone() {
    String a = newId();
    Batches.create("room.json", a);

    Response response = post("delete", ids("not a uri", a));

    response.then().statusCode(207);
    assertThat(response.jsonPath().getList("success", String.class)).containsExactly(a);
    assertThat(response.jsonPath().getString("errors[0].error.type"))
        .isEqualTo("https://uri.etsi.org/ngsi-ld/errors/BadRequestData");
  }

  @Test
  void anElementThatIsNoStringIsBadRequestData() {
    post("delete", "[\"urn:ngsi-ld:Room:x\", 42]")
        .then()
        .statusCode(400)
        .body("type", org.hamcrest.Matchers.endsWith("/BadRequestData"));
  }
}
