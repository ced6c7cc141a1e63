package org.civicbroker.conformance.entities.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 4.5.23 Linked Entity Retrieval with 5.7.2 Query Entities ({@code join}, {@code joinLevel}), by
 * GET /entities and by POST /entityOperations/query (6.23): inline embeds each matching entity's
 * targets as {@code entity} members; flat adds the targets to the result array, each entity once;
 * cycles do not loop. Shapes as in the ETSI test suite (TPs 019_13, 019_16, 019_24).
 *
 * <p>Two chains building -> city -> country share the building, city and country types.
 */
@DisplayName("4.5.23 Linked Entity Retrieval: Query Entities with join")
class LinkedEntityQueryTest extends LinkedEntityTestBase {

  @Test
  @DisplayName("4.5.23.2 type=Building&join=inline&joinLevel=1 -> each city inside its building")
  void inline() {
    Chain first = createChain();
    Chain second = createChain(first.buildingType(), first.cityType(), first.countryType());

    Map<String, JsonNode> result =
        byId(query("type", first.buildingType(), "join", "inline", "joinLevel", "1"));

    assertThat(result.keySet()).containsExactlyInAnyOrder(first.building(), second.building());
    for (Chain chain : new Chain[] {first, second}) {
      assertThat(result.get(chain.building()).path("locatedAt").path("entity"))
          .isEqualTo(retrieve(chain.city()));
    }
  }

  @Test
  @DisplayName("4.5.23.3 type=Building&join=flat&joinLevel=1 -> buildings and cities, each once")
  void flat() {
    Chain first = createChain();
    Chain second = createChain(first.buildingType(), first.cityType(), first.countryType());

    JsonNode result =
        okArray(query("type", first.buildingType(), "join", "flat", "joinLevel", "1"));

    Map<String, JsonNode> entities = uniqueById(result);
    assertThat(entities.keySet())
        .containsExactlyInAnyOrder(
            first.building(), second.building(), first.city(), second.city());
    assertThat(entities.get(first.city())).isEqualTo(retrieve(first.city()));
    assertThat(entities.get(first.building()).path("locatedAt").has("entity")).isFalse();
  }

  @Test
  @DisplayName("4.5.23.3 join=flat&joinLevel=2 -> buildings, cities and countries")
  void flatTwoLevels() {
    Chain first = createChain();
    Chain second = createChain(first.buildingType(), first.cityType(), first.countryType());

    JsonNode result =
        okArray(query("type", first.buildingType(), "join", "flat", "joinLevel", "2"));

    assertThat(uniqueById(result).keySet())
        .containsExactlyInAnyOrder(
            first.building(),
            second.building(),
            first.city(),
            second.city(),
            first.country(),
            second.country());
  }

  @Test
  @DisplayName("4.5.23.3 two buildings in one city, join=flat -> the city once")
  void flatSharedTarget() {
    Chain chain = createChain();
    String neighbour =
        createEntity("query/linked/building.json", chain.buildingType(), "city", chain.city());

    JsonNode result = okArray(query("type", chain.buildingType(), "join", "flat"));

    assertThat(uniqueById(result).keySet())
        .containsExactlyInAnyOrder(chain.building(), neighbour, chain.city());
  }

  @Test
  @DisplayName(
      "4.5.23.2 join=inline&joinLevel=2 -> the country inside the city inside the building")
  void inlineTwoLevels() {
    Chain chain = createChain();

    JsonNode building =
        byId(query("type", chain.buildingType(), "join", "inline", "joinLevel", "2"))
            .get(chain.building());

    assertThat(building.path("locatedAt").path("entity").path("inCountry").path("entity"))
        .isEqualTo(retrieve(chain.country()));
  }

  @Test
  @DisplayName("4.5.23.2 join=inline&options=keyValues -> locatedAt is the city (keyValues)")
  void inlineKeyValues() {
    Chain chain = createChain();

    JsonNode building =
        byId(query("type", chain.buildingType(), "join", "inline", "options", "keyValues"))
            .get(chain.building());

    assertThat(building.path("locatedAt"))
        .isEqualTo(retrieve(chain.city(), "options", "keyValues"));
  }

  @Test
  @DisplayName("4.5.23 cycle A <-> B both matching, join=flat&joinLevel=5 -> A and B, each once")
  void flatCycle() {
    Partners pair = createPartners();

    JsonNode result = okArray(query("type", pair.type(), "join", "flat", "joinLevel", "5"));

    assertThat(uniqueById(result).keySet()).containsExactlyInAnyOrder(pair.a(), pair.b());
  }

  @Test
  @DisplayName("4.5.23 cycle A <-> B, join=inline&joinLevel=5 -> no entity embedded in itself")
  void inlineCycle() {
    Partners pair = createPartners();

    Map<String, JsonNode> result =
        byId(query("type", pair.type(), "join", "inline", "joinLevel", "5"));

    assertThat(result.keySet()).containsExactlyInAnyOrder(pair.a(), pair.b());
    assertThat(result.get(pair.a()).path("partner").path("entity").path("id").asText())
        .isEqualTo(pair.b());
    result.values().forEach(LinkedEntityTestBase::assertNoEntityRepeatsOnAnyPath);
  }

  @Test
  @DisplayName("6.23 POST /entityOperations/query?join=flat -> the same entities as GET")
  void viaPost() {
    Chain chain = createChain();

    JsonNode result =
        okArray(
            postQuery(
                fixture("query/post/by-type.json", "type", chain.buildingType()),
                null,
                "join",
                "flat",
                "joinLevel",
                "1"));

    assertThat(uniqueById(result).keySet())
        .containsExactlyInAnyOrder(chain.building(), chain.city())
        .containsExactlyInAnyOrderElementsOf(
            uniqueById(
                    okArray(query("type", chain.buildingType(), "join", "flat", "joinLevel", "1")))
                .keySet());
  }

  @Test
  @DisplayName("5.7.2.4 join with an unknown value -> 400 BadRequestData")
  void unknownJoinValue() {
    assertProblem(query("type", freshType("Building"), "join", "deep"), 400, "BadRequestData");
  }

  @Test
  @DisplayName("5.7.2.4 joinLevel that is not a positive integer -> 400 BadRequestData")
  void joinLevelNotPositive() {
    assertProblem(
        query("type", freshType("Building"), "join", "inline", "joinLevel", "0"),
        400,
        "BadRequestData");
  }
}
