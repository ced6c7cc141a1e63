package org.civicbroker.conformance.entities.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 4.5.23 Linked Entity Retrieval with 5.7.1 Retrieve Entity ({@code join}, {@code joinLevel}):
 * {@code join=inline} embeds the target of each Relationship as its {@code entity} member
 * (4.5.23.2; with keyValues the relationship becomes the target entity); {@code join=flat} answers
 * an array of the entity and its linked entities (4.5.23.3); {@code joinLevel} bounds the hops;
 * targets that do not exist are left out; cycles do not loop. Shapes as in the ETSI test suite (TPs
 * 018_10, 018_13, 018_14).
 */
@DisplayName("4.5.23 Linked Entity Retrieval: Retrieve Entity with join")
class LinkedEntityRetrieveTest extends LinkedEntityTestBase {

  @Test
  @DisplayName("4.5.23.2 join=inline&joinLevel=1 -> the city embedded as locatedAt.entity")
  void inlineOneLevel() {
    Chain chain = createChain();

    JsonNode building = ok(retrieveWith(chain.building(), "join", "inline", "joinLevel", "1"));

    JsonNode locatedAt = building.path("locatedAt");
    assertThat(locatedAt.path("type").asText()).isEqualTo("Relationship");
    assertThat(locatedAt.path("object").asText()).isEqualTo(chain.city());
    assertThat(locatedAt.path("entity"))
        .as("the embedded city, as retrieved on its own")
        .isEqualTo(retrieve(chain.city()));
  }

  @Test
  @DisplayName("4.5.23.2 join=inline&joinLevel=2 -> city embedded, and the country inside it")
  void inlineTwoLevels() {
    Chain chain = createChain();

    JsonNode building = ok(retrieveWith(chain.building(), "join", "inline", "joinLevel", "2"));

    JsonNode city = building.path("locatedAt").path("entity");
    assertThat(city.path("id").asText()).isEqualTo(chain.city());
    assertThat(city.path("inCountry").path("entity")).isEqualTo(retrieve(chain.country()));
  }

  @Test
  @DisplayName("4.5.23 join=inline without joinLevel -> one level (the default)")
  void joinLevelDefaultsToOne() {
    Chain chain = createChain();

    JsonNode building = ok(retrieveWith(chain.building(), "join", "inline"));

    JsonNode city = building.path("locatedAt").path("entity");
    assertThat(city.path("id").asText()).isEqualTo(chain.city());
    assertThat(city.path("inCountry").has("entity")).as("no second hop: %s", city).isFalse();
  }

  @Test
  @DisplayName("4.5.23.2 join=inline&options=keyValues -> locatedAt is the city (keyValues)")
  void inlineKeyValues() {
    Chain chain = createChain();

    JsonNode building =
        ok(retrieveWith(chain.building(), "join", "inline", "options", "keyValues"));

    assertThat(building.path("locatedAt"))
        .isEqualTo(retrieve(chain.city(), "options", "keyValues"));
  }

  @Test
  @DisplayName("4.5.23.3 join=flat&joinLevel=1 -> an array of the building and the city")
  void flatOneLevel() {
    Chain chain = createChain();

    JsonNode result = okArray(retrieveWith(chain.building(), "join", "flat", "joinLevel", "1"));

    Map<String, JsonNode> entities = uniqueById(result);
    assertThat(entities.keySet()).containsExactlyInAnyOrder(chain.building(), chain.city());
    assertThat(entities.get(chain.building())).isEqualTo(retrieve(chain.building()));
    assertThat(entities.get(chain.city())).isEqualTo(retrieve(chain.city()));
  }

  @Test
  @DisplayName("4.5.23.3 join=flat&joinLevel=2 -> building, city and country")
  void flatTwoLevels() {
    Chain chain = createChain();

    JsonNode result = okArray(retrieveWith(chain.building(), "join", "flat", "joinLevel", "2"));

    assertThat(uniqueById(result).keySet())
        .containsExactlyInAnyOrder(chain.building(), chain.city(), chain.country());
  }

  @Test
  @DisplayName("4.5.23 a relationship to a non-existent entity: inline adds nothing")
  void inlineMissingTarget() {
    String missing = newId(freshType("City"));
    String building =
        createEntity("query/linked/building.json", freshType("Building"), "city", missing);

    JsonNode result = ok(retrieveWith(building, "join", "inline", "joinLevel", "1"));

    assertThat(result).isEqualTo(retrieve(building));
  }

  @Test
  @DisplayName("4.5.23 a relationship to a non-existent entity: flat is the entity alone")
  void flatMissingTarget() {
    String missing = newId(freshType("City"));
    String building =
        createEntity("query/linked/building.json", freshType("Building"), "city", missing);

    JsonNode result = okArray(retrieveWith(building, "join", "flat", "joinLevel", "1"));

    assertThat(uniqueById(result).keySet()).containsExactly(building);
  }

  @Test
  @DisplayName("4.5.23 cycle A -> B -> A, join=flat&joinLevel=5 -> A and B, each once")
  void flatCycle() {
    Partners pair = createPartners();

    JsonNode result = okArray(retrieveWith(pair.a(), "join", "flat", "joinLevel", "5"));

    assertThat(uniqueById(result).keySet()).containsExactlyInAnyOrder(pair.a(), pair.b());
  }

  @Test
  @DisplayName("4.5.23 cycle A -> B -> A, join=inline&joinLevel=5 -> B inside A, A not again")
  void inlineCycle() {
    Partners pair = createPartners();

    JsonNode a = ok(retrieveWith(pair.a(), "join", "inline", "joinLevel", "5"));

    assertThat(a.path("partner").path("entity").path("id").asText()).isEqualTo(pair.b());
    assertNoEntityRepeatsOnAnyPath(a);
  }

  @Test
  @DisplayName("4.5.23 without join the relationship is not followed")
  void noJoinNoEmbedding() {
    Chain chain = createChain();

    JsonNode building = ok(retrieveWith(chain.building()));

    assertThat(building.path("locatedAt").has("entity")).isFalse();
  }

  @Test
  @DisplayName("5.7.1.4 join with an unknown value -> 400 BadRequestData")
  void unknownJoinValue() {
    Chain chain = createChain();

    assertProblem(retrieveWith(chain.building(), "join", "deep"), 400, "BadRequestData");
  }
}
