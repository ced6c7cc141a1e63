package org.civicbroker.broker.entity.store.mongo.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.civicbroker.model.query.q.QExpr;
import org.civicbroker.model.query.q.QPrinter;

/**
 * Seeded random queries over the vocabulary of {@link RandomEntities}, as the HTTP parameters of
 * GET /entities (q trees generated as {@link QExpr} and printed with {@link QPrinter}) or, now and
 * then, as a Query body with several entity selectors.
 */
final class RandomQueries {
  private static final List<String> ATTRIBUTES =
      List.of(
          "temperature",
          "status",
          "name",
          "flag",
          "dateObserved",
          "address",
          "refOwner",
          "category",
          "readings",
          "config",
          "location",
          "empty",
          "missing");

  private static final List<String> ID_PATTERNS =
      List.of(
          "^urn:ngsi-ld:Room:0[0-4]",
          "Sensor",
          ":1.$",
          "^urn:ngsi-ld:(Room|Park):00",
          "\\d\\d7$",
          "[^0-9]$",
          "Vehicle:.*5",
          "\\s|9$");
  private static final List<String> SCOPE_QUERIES =
      List.of(
          "/Madrid/#",
          "/Madrid/+",
          "/Berlin;/Madrid",
          "/#",
          "(/Madrid/Centro;/Madrid/Norte)|/Berlin",
          "/Madrid",
          "/Äreas/#",
          "Berlin/#",
          "/Madrid/Centro,/Berlin/Mitte");
  private static final List<String> TYPE_QUERIES =
      List.of(
          "Room", "Room|Sensor", "(Room;Sensor)", "Vehicle,Park,Station", "(Park;Station)|Room");

  private final Random random;
  private final RandomQTrees trees;

  RandomQueries(long seed) {
    this.random = new Random(seed);
    this.trees = new RandomQTrees(random, new RandomValues(seed + 1));
  }

  /** Query parameters of GET /entities. */
  Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    if (chance(30)) {
      p.put("type", pick(TYPE_QUERIES));
    }
    if (chance(8)) {
      p.put(
          "id",
          String.format(
              "urn:ngsi-ld:Room:%03d,urn:ngsi-ld:Sensor:%03d",
              random.nextInt(60), random.nextInt(60)));
    }
    if (chance(10)) {
      p.put("idPattern", pick(ID_PATTERNS));
    }
    if (chance(10)) {
      p.put("attrs", pick(ATTRIBUTES) + (chance(50) ? "," + pick(ATTRIBUTES) : ""));
    }
    if (chance(80)) {
      p.put("q", QPrinter.toQ(trees.expr()));
    }
    if (chance(12)) {
      p.put("scopeQ", pick(SCOPE_QUERIES));
    }
    if (chance(12)) {
      geo(p);
    }
    return p;
  }

  /** A Query body (clause 5.2.23) with one to three entity selectors. */
  ObjectNode body() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode body = json.objectNode().put("type", "Query");
    ArrayNode entities = body.putArray("entities");
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      ObjectNode s = entities.addObject().put("type", pick(TYPE_QUERIES));
      if (chance(40)) {
        s.put("idPattern", pick(ID_PATTERNS));
      }
      if (chance(15)) {
        s.put(
            "id",
            String.format("urn:ngsi-ld:%s:%03d", pick(RandomValues.TYPES), random.nextInt(100)));
      }
    }
    if (chance(60)) {
      body.put("q", QPrinter.toQ(trees.expr()));
    }
    return body;
  }

  /** One q term alone, as parameters. */
  Map<String, String> term() {
    return Map.of("q", QPrinter.toQ(trees.term()));
  }

  private void geo(Map<String, String> p) {
    double lon = -3.70 + (random.nextDouble() - 0.5) * 0.05;
    double lat = 40.42 + (random.nextDouble() - 0.5) * 0.05;
    String point = String.format(Locale.ROOT, "[%.5f,%.5f]", lon, lat);
    double d = 0.01;
    String polygon =
        String.format(
            Locale.ROOT,
            "[[[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f]]]",
            lon,
            lat,
            lon + d,
            lat,
            lon + d,
            lat + d,
            lon,
            lat + d,
            lon,
            lat);
    switch (random.nextInt(7)) {
      case 0, 1 -> put(p, "near;maxDistance==" + (200 + random.nextInt(1500)), "Point", point);
      case 2 -> put(p, "near;minDistance==" + (500 + random.nextInt(2000)), "Point", point);
      case 3 -> put(p, "within", "Polygon", polygon);
      case 4 -> put(p, "intersects", "Polygon", polygon);
      case 5 -> put(p, "disjoint", "Polygon", polygon);
      default -> put(p, pick(List.of("contains", "overlaps", "equals")), "Polygon", polygon);
    }
  }

  private static void put(Map<String, String> p, String georel, String geometry, String coords) {
    p.put("georel", georel);
    p.put("geometry", geometry);
    p.put("coordinates", coords);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }
}
