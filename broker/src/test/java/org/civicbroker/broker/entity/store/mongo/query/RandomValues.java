package org.civicbroker.broker.entity.store.mongo.query;

import static org.civicbroker.broker.entity.store.mongo.query.QueryTestContext.VOCAB;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random values for the differential tests, shared by data and queries so that comparisons
 * often hit, and built to reach the corners of the comparison semantics: numbers stored as Int32,
 * Int64, Double, Decimal128 and big-number tags, and a hair away from integers; strings with
 * non-BMP characters and newlines; DateTimes with offsets and fractions, Dates, Times, invalid
 * ones, typed {@code @value} objects; nested values with arrays; points, lines and polygons.
 */
final class RandomValues {
  static final List<String> TYPES = List.of("Room", "Sensor", "Vehicle", "Park", "Station");
  static final List<String> SCOPES =
      List.of(
          "/Madrid", "/Madrid/Centro", "/Madrid/Norte", "/Berlin/Mitte", "Berlin", "/Äreas/Zoña_1");
  static final List<String> STRINGS =
      List.of(
          "ok",
          "OK",
          "error",
          "warn",
          "ok ",
          "élan",
          "zz",
          "\uD83D\uDE00smile",
          "\uFFFFmax",
          "a\nb",
          "21",
          "");
  static final List<String> DATE_TIMES =
      List.of(
          "2024-03-01T10:00:00Z",
          "2024-03-01T10:00:00.5Z",
          "2024-03-01T10:00:00,25Z",
          "2024-03-01T12:00:00+02:00",
          "2024-02-29T23:30:00-01:00",
          "2024-03-02T00:00:00.000000001Z",
          "2024-03-01T10:00:00",
          "2024-03-01",
          "2024-02-30",
          "2023-12-31",
          "10:00:00Z",
          "10:00:00.250Z",
          "23:59:59Z",
          "25:00:00Z",
          "yesterday");
  static final List<String> OBJECTS =
      List.of("urn:ngsi-ld:Person:1", "urn:ngsi-ld:Person:2", "urn:ngsi-ld:Org:1");
  static final List<String> VOCABS = List.of("urban", "rural", "traffic");
  static final List<String> CITIES = List.of("Madrid", "Berlin", "madrid", "Zürich");
  static final List<String> DATASETS = List.of("urn:ngsi-ld:Dataset:a", "urn:ngsi-ld:Dataset:b");
  static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

  private final Random random;

  RandomValues(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Numbers near the values queries use, in every stored kind: Int32, Int64, Double, Decimal128
   * (from big integers and exact decimals), big-number tags, typed values; and doubles and decimals
   * a hair away from an integer.
   */
  JsonNode number() {
    int n = 19 + random.nextInt(3);
    return switch (random.nextInt(16)) {
      case 0, 1, 2 -> JSON.numberNode(n);
      case 3 -> JSON.numberNode((long) n);
      case 4 -> JSON.numberNode((double) n);
      case 5 -> JSON.numberNode(new BigDecimal(n + ".00"));
      case 6 -> JSON.numberNode(BigInteger.valueOf(n));
      case 7 -> JSON.numberNode(n + 0.5);
      case 8 ->
          JSON.numberNode(
              pick(List.of(20.000000000000004, 19.999999999999996, 0.1 + 0.2, 0.3, 1.0e300)));
      case 9 ->
          JSON.numberNode(
              new BigDecimal(
                  pick(
                      List.of(
                          "20.0000000000000000001", "19.9999999999999999999", "-0.00", "20.5"))));
      case 10 -> JSON.numberNode(pick(List.of((1L << 53) + 1, 1L << 53, -(1L << 53) - 1)));
      case 11 ->
          JSON.numberNode(
              new BigInteger(
                  pick(List.of("123456789012345678901", "9".repeat(40), "-" + "9".repeat(40)))));
      case 12 ->
          JSON.numberNode(
              new BigDecimal(
                  pick(
                      List.of(
                          "1" + "0".repeat(39) + ".5",
                          "20." + "0".repeat(40) + "1",
                          "20." + "0".repeat(40)))));
      case 13 -> JSON.objectNode().put("@type", "https://schema.org/Number").put("@value", n);
      default -> JSON.numberNode(random.nextInt(51) - 10);
    };
  }

  JsonNode numbers() {
    ArrayNode a = JSON.arrayNode();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      a.add(number());
    }
    if (chance(20)) {
      a.add(JSON.arrayNode().add(25));
    }
    return a;
  }

  JsonNode text() {
    return JSON.textNode(pick(STRINGS));
  }

  JsonNode texts() {
    return JSON.arrayNode().add(pick(STRINGS)).add(pick(STRINGS));
  }

  JsonNode flag() {
    return switch (random.nextInt(5)) {
      case 0 -> JSON.textNode("true");
      case 1 -> JSON.objectNode().put("@value", true);
      case 2 -> JSON.numberNode(1);
      default -> JSON.booleanNode(random.nextBoolean());
    };
  }

  ObjectNode languageMap() {
    ObjectNode map = JSON.objectNode();
    if (chance(80)) {
      map.put("en", pick(STRINGS));
    }
    if (chance(50)) {
      map.set("fr", JSON.arrayNode().add(pick(STRINGS)).add(pick(CITIES)));
    }
    if (chance(30)) {
      map.put("@none", pick(CITIES));
    }
    return map;
  }

  List<String> vocab() {
    List<String> v = new ArrayList<>();
    v.add(VOCAB + pick(VOCABS));
    if (chance(30)) {
      v.add(chance(50) ? VOCAB + pick(VOCABS) : "https://other.example/vocab/urban");
    }
    return v;
  }

  JsonNode address() {
    ObjectNode a = JSON.objectNode();
    if (chance(85)) {
      a.put("city", pick(CITIES));
    }
    a.set("zip", chance(50) ? JSON.textNode("28013") : JSON.numberNode(28013 + random.nextInt(3)));
    a.set("tags", texts());
    a.set(
        "rooms",
        JSON.arrayNode()
            .add(JSON.objectNode().put("n", random.nextInt(6)))
            .add(JSON.objectNode().put("n", 5)));
    if (chance(30)) {
      a.set("deep", JSON.arrayNode().add(JSON.arrayNode().add(JSON.objectNode().put("n", 7))));
    }
    if (chance(20)) {
      a.set("0", JSON.textNode("zero"));
    }
    if (chance(20)) {
      a.put("odd.key", "dot");
    }
    return chance(10) ? JSON.arrayNode().add(a) : a;
  }

  ArrayNode readings() {
    ArrayNode a = JSON.arrayNode();
    a.add(number()).add(text());
    if (chance(50)) {
      a.add(JSON.objectNode().put("k", random.nextInt(5)));
    }
    if (chance(30)) {
      a.add(JSON.arrayNode().add(5)).addNull().add(random.nextBoolean());
    }
    return a;
  }

  JsonNode config() {
    return switch (random.nextInt(3)) {
      case 0 -> JSON.objectNode().put("level", random.nextInt(5)).put("mode", pick(STRINGS));
      case 1 -> JSON.arrayNode().add(random.nextInt(5)).add(pick(STRINGS));
      default -> JSON.textNode(pick(STRINGS));
    };
  }

  /** Points, lines and polygons within a few kilometres of central Madrid. */
  ObjectNode geometry() {
    double lon = -3.70 + (random.nextDouble() - 0.5) * 0.06;
    double lat = 40.42 + (random.nextDouble() - 0.5) * 0.06;
    ObjectNode g = JSON.objectNode();
    switch (random.nextInt(4)) {
      case 0 -> {
        g.put("type", "LineString");
        g.set(
            "coordinates",
            JSON.arrayNode().add(position(lon, lat)).add(position(lon + 0.003, lat + 0.002)));
      }
      case 1 -> {
        double d = 0.002;
        g.put("type", "Polygon");
        ArrayNode ring = JSON.arrayNode();
        ring.add(position(lon, lat)).add(position(lon + d, lat)).add(position(lon + d, lat + d));
        ring.add(position(lon, lat + d)).add(position(lon, lat));
        g.set("coordinates", JSON.arrayNode().add(ring));
      }
      default -> {
        g.put("type", "Point");
        g.set("coordinates", position(lon, lat));
      }
    }
    return g;
  }

  private static ArrayNode position(double lon, double lat) {
    return JSON.arrayNode().add(round(lon)).add(round(lat));
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** Instants on a ten-minute grid around T0, some off by milliseconds or sub-milliseconds. */
  Instant instant() {
    Instant i = T0.plusSeconds(600L * (random.nextInt(13) - 6));
    return switch (random.nextInt(4)) {
      case 0 -> i.plusMillis(random.nextInt(3));
      case 1 -> i.plusNanos(random.nextInt(3) * 500_000L);
      default -> i;
    };
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean nextBoolean() {
    return random.nextBoolean();
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }
}
