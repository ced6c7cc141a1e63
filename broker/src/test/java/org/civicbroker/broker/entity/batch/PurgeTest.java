package org.civicbroker.broker.entity.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civicbroker.broker.entity.batch.Batches.newId;
import static org.civicbroker.broker.entity.batch.Batches.retrieve;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.events.RecordedChanges;
import org.junit.jupiter.api.Test;

/** Purge Entities (V1.9.1, DELETE /entities). */
@QuarkusTest
class PurgeTest {
  @Inject RecordedChanges recorded;

  @Test
  void deletesTheEntitiesOfATypeAndNoOthers() {
    String type = uniqueType();
    String a = createTyped(type, 21.5);
    String b = createTyped(type, 30);
    String other = newId();
    Batches.create("room.json", other);

    given().delete(Batches.ENTITIES + "?type=" + type).then().statusCode(204);

    retrieve(a).then().statusCode(404);
    retrieve(b).then().statusCode(404);
    retrieve(other).then().statusCode(200);
  }

  @Test
  void qNarrowsThePurge() {
    String type = uniqueType();
    String cold = createTyped(type, 10);
    String warm = createTyped(type, 30);

    given().delete(Batches.ENTITIES + "?type=" + type + "&q=temperature>20").then().statusCode(204);

    retrieve(cold).then().statusCode(200);
    retrieve(warm).then().statusCode(404);
  }

  @Test
  void dropDeletesOnlyTheListedAttributes() {
    String type = uniqueType();
    String a = createTyped(type, 10);

    given().delete(Batches.ENTITIES + "?type=" + type + "&drop=isIn").then().statusCode(204);

    JsonPath entity = retrieve(a).then().statusCode(200).extract().jsonPath();
    assertThat(entity.getMap("")).containsKey("temperature").doesNotContainKey("isIn");
  }

  @Test
  void keepDeletesEveryOtherAttribute() {
    String type = uniqueType();
    String a = createTyped(type, 10);

    given().delete(Batches.ENTITIES + "?type=" + type + "&keep=isIn").then().statusCode(204);

    JsonPath entity = retrieve(a).then().statusCode(200).extract().jsonPath();
    assertThat(entity.getMap("")).containsKey("isIn").doesNotContainKey("temperature");
  }

  @Test
  void eachPurgedEntityEmitsOneEvent() {
    String type = uniqueType();
    String deleted = createTyped(type, 30);
    String kept = createTyped(type, 10);

    given().delete(Batches.ENTITIES + "?type=" + type + "&q=temperature>20").then().statusCode(204);
    given().delete(Batches.ENTITIES + "?type=" + type + "&drop=isIn").then().statusCode(204);

    String sentinel = newId();
    Batches.create("room.json", sentinel);
    await().atMost(Duration.ofSeconds(10)).until(() -> !recorded.of(sentinel).isEmpty());
    assertThat(recorded.of(deleted))
        .extracting(EntityChange::kind)
        .containsExactly(ChangeKind.CREATED, ChangeKind.DELETED);
    assertThat(recorded.of(kept))
        .extracting(EntityChange::kind)
        .containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED);
    assertThat(recorded.of(kept).get(1).changedAttributes())
        .containsExactly("https://uri.etsi.org/ngsi-ld/default-context/isIn");
  }

  @Test
  void keepAndDropTogetherAreBadRequestData() {
    given()
        .delete(Batches.ENTITIES + "?type=" + uniqueType() + "&keep=a&drop=b")
        .then()
        .statusCode(400)
        .body("type", endsWith("/BadRequestData"));
  }

  @Test
  void aPurgeWithoutFilterIsBadRequestData() {
    String a = newId();
    Batches.create("room.json", a);

    given()
        .delete(Batches.ENTITIES + "?local=true")
        .then()
        .statusCode(400)
        .body("type", endsWith("/BadRequestData"));

    retrieve(a).then().statusCode(200);
  }

  @Test
  void anUnknownTenantIsNonexistentTenant() {
    given()
        .header("NGSILD-Tenant", "purge" + UUID.randomUUID().toString().substring(0, 8))
        .delete(Batches.ENTITIES + "?type=Room")
        .then()
        .statusCode(404)
        .body("type", endsWith("/NonexistentTenant"));
  }

  @Test
  void nothingMatchingIs204() {
    given().delete(Batches.ENTITIES + "?type=" + uniqueType()).then().statusCode(204);
  }

  private static String uniqueType() {
    return "Purged" + UUID.randomUUID().toString().replace("-", "");
  }

  private static String createTyped(String type, double temperature) {
    String id = newId();
    String body =
        Batches.entity("room.json", id)
            .replace("\"Room\"", "\"" + type + "\"")
            .replace("21.5", Double.toString(temperature));
    Batches.post("create", "[" + body + "]").then().statusCode(201);
    return id;
  }
}
