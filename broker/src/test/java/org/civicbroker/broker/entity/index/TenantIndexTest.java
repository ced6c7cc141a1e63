package org.civicbroker.broker.entity.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicbroker.broker.entity.store.QueryPage;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.EntityQueryReader;
import org.civicbroker.model.representation.EntityReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantIndexTest {
  private static final LdContext CORE = ContextCompiler.coreOnly();
  private static final String DEFAULT = "https://uri.etsi.org/ngsi-ld/default-context/";
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private final TenantIndex index =
      new TenantIndex(
          new org.civicbroker.broker.entity.codec.EntityCodec(
              new org.civicbroker.broker.entity.codec.MemorySymbolTable()),
          new DecodedEntities(10));
  private List<Entity> entities;

  @BeforeEach
  void load() throws Exception {
    entities = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/index/entities.json")) {
      for (JsonNode node : new ObjectMapper().readTree(in)) {
        Entity e = new EntityReader().read((ObjectNode) node, CORE).withTimestamps(T0, T0);
        entities.add(e);
        index.put(e, 1);
      }
    }
  }

  @Test
  void answersEqualTheEvaluatorOverAllEntitiesInIdOrder() {
    for (String q :
        List.of(
            "type=Room",
            "type=Room;Office",
            "type=Room,Sensor&q=temperature>20",
            "q=status==\"ok\"",
            "attrs=isIn",
            "idPattern=Room:[ab]$",
            "type=Room&georel=near;maxDistance==2000&geometry=Point&coordinates=[2.35,48.85]")) {
      EntityQuery query = query(q);
      List<String> expected =
          entities.stream().filter(query::matches).map(e -> e.id().value()).sorted().toList();
      assertThat(ids(index.query(query, 0, 100, true))).as(q).isEqualTo(expected);
      assertThat(index.query(query, 0, 100, true).total()).as(q).isEqualTo(expected.size());
    }
  }

  @Test
  void pagesPartitionTheResult() {
    EntityQuery rooms = query("type=Room");
    assertThat(ids(index.query(rooms, 0, 2, false)))
        .containsExactly("urn:ngsi-ld:Room:a", "urn:ngsi-ld:Room:b");
    assertThat(ids(index.query(rooms, 2, 2, false))).containsExactly("urn:ngsi-ld:Room:c");
    assertThat(index.query(rooms, 2, 2, false).total()).isEqualTo(QueryPage.NOT_COUNTED);
    assertThat(index.query(rooms, 0, 0, true).total()).isEqualTo(3);
  }

  @Test
  void olderCopiesNeverReplaceNewerOnes() {
    Entity a = entities.get(0);
    index.put(a.withTypes(List.of(DEFAULT + "Hall")), 3);
    index.put(a, 2);
    assertThat(ids(index.query(query("type=Hall"), 0, 10, false))).containsExactly(a.id().value());
    assertThat(ids(index.query(query("type=Room"), 0, 10, false))).doesNotContain(a.id().value());
    index.remove(a, 2);
    assertThat(index.get(a.id().value())).isPresent();
    index.remove(a, 3);
    assertThat(index.get(a.id().value())).isEmpty();
  }

  @Test
  void aDeletionOfAnEarlierIncarnationKeepsTheRecreatedEntity() {
    Entity a = entities.get(0);
    index.put(a.withTimestamps(T0.plusSeconds(10), T0.plusSeconds(10)), 1);
    index.remove(a, 5);
    assertThat(index.get(a.id().value())).isPresent();
  }

  @Test
  void catalogCountsFollowChanges() {
    assertThat(index.type(DEFAULT + "Room").orElseThrow().entityCount()).isEqualTo(3);
    assertThat(index.attribute(CORE.expandAttributeName("status")).orElseThrow().entityTypes())
        .containsExactlyInAnyOrder(DEFAULT + "Room", DEFAULT + "Office");
    index.remove(entities.get(4), 1);
    index.remove(entities.get(2), 1);
    assertThat(index.type(DEFAULT + "Office")).isEmpty();
    assertThat(index.attribute(CORE.expandAttributeName("status")).orElseThrow().entityTypes())
        .containsExactly(DEFAULT + "Room");
    assertThat(index.type(DEFAULT + "Room").orElseThrow().attributes())
        .containsOnlyKeys(
            CORE.expandAttributeName("temperature"),
            CORE.expandAttributeName("status"),
            CORE.expandAttributeName("location"));
  }

  private static EntityQuery query(String params) {
    Map<String, String> map = new java.util.HashMap<>();
    for (String p : params.split("&")) {
      int eq = p.indexOf('=');
      map.put(p.substring(0, eq), p.substring(eq + 1));
    }
    return EntityQueryReader.fromParameters(map, CORE, true);
  }

  private static List<String> ids(QueryPage page) {
    return page.entities().stream().map(e -> e.id().value()).toList();
  }
}
