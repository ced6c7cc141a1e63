package org.civicbroker.broker.entity.store.mongo.query;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicbroker.broker.entity.store.QueryPage;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.EntityQueryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures (does not assert) query latency of the MongoDB query path on the embedded server (memory
 * backend): 25,000 entities of 5 types with 10 attributes each. Run on demand: {@code mvn -pl
 * broker -am test -Dtest=QueryLatencyBenchmark -Dbroker.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false} (sizes: {@code -Dbroker.bench.entities}, {@code
 * -Dbroker.bench.runs}).
 */
@EnabledIfSystemProperty(named = "broker.bench", matches = "true")
class QueryLatencyBenchmark {
  private static final int ENTITIES = Integer.getInteger("broker.bench.entities", 25_000);
  private static final int RUNS = Integer.getInteger("broker.bench.runs", 50);
  private static final List<String> TYPES = List.of("Room", "Sensor", "Vehicle", "Park", "Station");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Test
  void latencyOnTheEmbeddedServer() {
    try (QueryHarness harness = new QueryHarness()) {
      long start = System.nanoTime();
      harness.insert(Tenant.DEFAULT, entities());
      report("inserted %d entities in %.1f s", ENTITIES, (System.nanoTime() - start) / 1e9);
      measure(harness, "type=Room", 0, 20, false);
      measure(harness, "type=Room", 0, 20, true);
      measure(harness, "type=Room&q=temperature>20", 0, 20, true);
      measure(harness, "type=Room&q=temperature>20;status==\"ok\"", 0, 20, false);
      measure(harness, "type=Room&q=temperature>20;status==\"ok\"", 0, 20, true);
      measure(harness, "type=Room&q=temperature>20.5;status==\"ok\"", 0, 20, false);
      measure(harness, "type=Room&q=temperature>20.5;status==\"ok\"", 0, 20, true);
      String near = "georel=near;maxDistance==500&geometry=Point&coordinates=[-3.7038,40.4168]";
      measure(harness, near, 0, 20, false);
      measure(harness, near, 0, 20, true);
      measure(harness, "type=Room&" + near, 0, 20, true);
    }
  }

  private static void measure(
      QueryHarness harness, String params, int offset, int limit, boolean count) {
    EntityQuery query =
        EntityQueryReader.fromParameters(parse(params), QueryTestContext.INSTANCE, false);
    QueryPage page = null;
    for (int i = 0; i < 5; i++) {
      page = QueryHarness.await(harness.store().query(Tenant.DEFAULT, query, offset, limit, count));
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      QueryHarness.await(harness.store().query(Tenant.DEFAULT, query, offset, limit, count));
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    report(
        "%s limit=%d count=%s (%s, %d returned, total %d): median %.1f ms, p90 %.1f ms",
        params,
        limit,
        count,
        EntityQueryTranslator.translate(query).isExact() ? "exact filter" : "in-memory finish",
        page.entities().size(),
        page.total(),
        nanos[RUNS / 2] / 1e6,
        nanos[RUNS * 9 / 10] / 1e6);
  }

  private static Map<String, String> parse(String params) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String pair : params.split("&")) {
      String[] kv = pair.split("=", 2);
      map.put(kv[0], kv[1]);
    }
    return map;
  }

  /** Entities of 5 types, 10 attributes each, located within about 5 km of central Madrid. */
  private static List<Entity> entities() {
    Random random = new Random(42);
    List<Entity> out = new ArrayList<>(ENTITIES);
    for (int i = 0; i < ENTITIES; i++) {
      String type = TYPES.get(i % TYPES.size());
      Map<String, List<Attribute>> attrs = new LinkedHashMap<>();
      put(attrs, "temperature", JSON.numberNode(10 + random.nextInt(200) / 10.0));
      put(attrs, "status", JSON.textNode(random.nextInt(4) == 0 ? "error" : "ok"));
      put(attrs, "humidity", JSON.numberNode(random.nextInt(100)));
      put(attrs, "name", JSON.textNode(type + " " + i));
      put(attrs, "level", JSON.numberNode(random.nextInt(10)));
      put(attrs, "active", JSON.booleanNode(random.nextBoolean()));
      put(attrs, "dateObserved", JSON.textNode("2024-03-01T10:00:00Z"));
      put(attrs, "address", JSON.objectNode().put("city", "Madrid").put("zip", "28013"));
      attrs.put(
          QueryTestContext.EXAMPLE + "owner",
          List.of(
              new Relationship(
                  List.of("urn:ngsi-ld:Person:" + random.nextInt(100)),
                  List.of(),
                  AttributeMeta.EMPTY)));
      attrs.put(
          QueryTestContext.CORE + "location",
          List.of(new GeoProperty(point(random), AttributeMeta.EMPTY)));
      out.add(
          new Entity(
              EntityId.of(String.format("urn:ngsi-ld:%s:%06d", type, i)),
              List.of(QueryTestContext.EXAMPLE + type),
              List.of(),
              Attributes.of(attrs),
              null,
              null));
    }
    return out;
  }

  private static void put(
      Map<String, List<Attribute>> attrs,
      String name,
      com.fasterxml.jackson.databind.JsonNode value) {
    attrs.put(QueryTestContext.EXAMPLE + name, List.of(new Property(value, AttributeMeta.EMPTY)));
  }

  private static ObjectNode point(Random random) {
    ObjectNode g = JSON.objectNode().put("type", "Point");
    g.putArray("coordinates")
        .add(-3.7038 + (random.nextDouble() - 0.5) * 0.1)
        .add(40.4168 + (random.nextDouble() - 0.5) * 0.1);
    return g;
  }

  private static void report(String format, Object... args) {
    System.out.println("BENCH " + String.format(format, args));
  }
}
