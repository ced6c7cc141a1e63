package org.civicbroker.conformance.entities.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.civicbroker.conformance.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.7.2 Query Entities (HTTP binding 6.4.3.2, GET /entities): selection by {@code id} list, {@code
 * idPattern}, {@code attrs} (entities having at least one of them, reduced to them), the
 * projections {@code pick} and {@code omit} (4.21) and {@code local=true}.
 */
@DisplayName("5.7.2 Query Entities: id, idPattern, attrs, pick/omit, local")
class QueryEntitiesSelectionTest extends QueryTestBase {

  @Test
  @DisplayName("5.7.2 id=a,b (with type) -> exactly those two entities")
  void idListWithType() {
    String type = freshType("Room");
    String a = createEntity("query/room.json", type);
    String b = createEntity("query/room.json", type);
    createEntity("query/room.json", type);

    assertThat(ids(query("type", type, "id", a + "," + b))).containsExactlyInAnyOrder(a, b);
  }

  @Test
  @DisplayName("5.7.2 id=a,b alone is a valid filter -> exactly those two entities")
  void idListAlone() {
    String type = freshType("Room");
    String a = createEntity("query/room.json", type);
    String b = createEntity("query/room-name-only.json", type);

    assertThat(ids(query("id", a + "," + b))).containsExactlyInAnyOrder(a, b);
  }

  @Test
  @DisplayName("5.7.2 an id that matches no entity -> 200 with an empty array")
  void unknownIdGivesEmptyArray() {
    assertThat(ids(query("id", newId(freshType("Room"))))).isEmpty();
  }

  @Test
  @DisplayName("5.7.2 idPattern (with type) -> the entities whose id matches the regex")
  void idPatternWithType() {
    String type = freshType("Room");
    String prefix = "urn:ngsi-ld:" + type + ":";
    String north1 = createWithId(null, "query/room.json", prefix + "north-1", type);
    String north2 = createWithId(null, "query/room.json", prefix + "north-2", type);
    createWithId(null, "query/room.json", prefix + "south-1", type);

    assertThat(ids(query("type", type, "idPattern", "^" + prefix + "north-\\d$")))
        .containsExactlyInAnyOrder(north1, north2);
  }

  @Test
  @DisplayName("5.7.2 idPattern alone is a valid filter")
  void idPatternAlone() {
    String type = freshType("Room");
    String prefix = "urn:ngsi-ld:" + type + ":";
    String match = createWithId(null, "query/room.json", prefix + "x-1", type);
    createWithId(null, "query/room.json", prefix + "y-1", type);

    assertThat(ids(query("idPattern", prefix + "x-.*"))).containsExactly(match);
  }

  @Test
  @DisplayName("5.7.2 attrs=temperature: entities without it are left out, the others reduced")
  void attrsFiltersAndProjects() {
    String type = freshType("Room");
    String withTemperature = createEntity("query/room.json", type);
    createEntity("query/room-name-only.json", type);

    JsonNode result = okArray(query("type", type, "attrs", "temperature"));

    assertThat(result).hasSize(1);
    JsonNode entity = result.get(0);
    assertThat(entity.path("id").asText()).isEqualTo(withTemperature);
    assertThat(Json.keysWithoutContext(entity))
        .containsExactlyInAnyOrder("id", "type", "temperature");
  }

  @Test
  @DisplayName("5.7.2 attrs alone is a valid filter: entities having at least one of them")
  void attrsAloneMatchesAnyOfTheAttributes() {
    String type = freshType("Room");
    String attrA = freshType("probeA");
    String attrB = freshType("probeB");
    String a = createEntity("query/room-probe.json", type, "attr", attrA);
    String b = createEntity("query/room-probe.json", type, "attr", attrB);
    createEntity("query/room.json", type);

    Map<String, JsonNode> result = byId(query("attrs", attrA + "," + attrB));

    assertThat(result.keySet()).containsExactlyInAnyOrder(a, b);
    assertThat(Json.keysWithoutContext(result.get(a)))
        .containsExactlyInAnyOrder("id", "type", attrA);
  }

  @Test
  @DisplayName("4.21 pick=id,temperature -> every entity has exactly those members")
  void pickProjectsEveryEntity() {
    String type = freshType("Room");
    createEntity("query/room.json", type);
    createEntity("query/room.json", type);

    JsonNode result = okArray(query("type", type, "pick", "id,temperature"));

    assertThat(result).hasSize(2);
    for (JsonNode entity : result) {
      assertThat(Json.keysWithoutContext(entity)).containsExactlyInAnyOrder("id", "temperature");
    }
  }

  @Test
  @DisplayName("4.21 omit=temperature,type -> every entity lacks exactly those members")
  void omitProjectsEveryEntity() {
    String type = freshType("Room");
    createEntity("query/room.json", type);

    JsonNode result = okArray(query("type", type, "omit", "temperature,type"));

    assertThat(result).hasSize(1);
    assertThat(Json.keysWithoutContext(result.get(0))).containsExactlyInAnyOrder("id", "name");
  }

  @Test
  @DisplayName("5.7.2 pick does not select entities: an entity without the picked attribute stays")
  void pickDoesNotFilter() {
    String type = freshType("Room");
    String a = createEntity("query/room.json", type);
    String b = createEntity("query/room-name-only.json", type);

    assertThat(ids(query("type", type, "pick", "id,temperature"))).containsExactlyInAnyOrder(a, b);
  }

  @Test
  @DisplayName("6.4.3.2 local=true with a type -> the same local entities")
  void localTrueWithType() {
    String type = freshType("Room");
    String a = createEntity("query/room.json", type);

    assertThat(ids(query("type", type, "local", "true"))).containsExactly(a);
  }

  @Test
  @DisplayName("5.7.2.4 local=true without any other filter is allowed -> 200")
  void localTrueAloneIsAllowed() {
    createEntity("query/room.json", freshType("Room"));

    assertThat(okArray(query("local", "true", "limit", "1")).size()).isLessThanOrEqualTo(1);
  }
}
