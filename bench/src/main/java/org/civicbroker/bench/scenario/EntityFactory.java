package org.civicbroker.bench.scenario;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.SplittableRandom;

/**
 * Builds the ~1 KB city sensor entities (10 attributes, {@code temperature} Number, {@code status}
 * Text, {@code location} GeoProperty Point) from the {@code entity.json} template. Values depend
 * only on the seed and the entity's number, so any thread may build any entity.
 */
public final class EntityFactory {
  /** A city-sized box (about 14 km by 13 km), west/south/east/north in WGS84 degrees. */
  public static final double WEST = 13.30;

  public static final double SOUTH = 52.46;
  public static final double EAST = 13.50;
  public static final double NORTH = 52.58;

  private static final String[] STATUS = {"ok", "ok", "ok", "warn", "fail"};

  private final long seed;

  public EntityFactory(long seed) {
    this.seed = seed;
  }

  /** Entity {@code n} with the given id and type. */
  public JsonObject entity(String id, String type, long n) {
    SplittableRandom random = new SplittableRandom(seed * 31 + n);
    JsonObject e = Templates.load("entity.json").put("id", id).put("type", type);
    value(e, "temperature", round(random.nextDouble(-5, 40)));
    value(e, "status", STATUS[random.nextInt(STATUS.length)]);
    value(e, "humidity", round(random.nextDouble(20, 95)));
    value(e, "atmosphericPressure", round(random.nextDouble(980, 1040)));
    value(e, "batteryLevel", round(random.nextDouble()));
    value(e, "name", "Environment sensor " + n);
    value(e, "serialNumber", String.format("SN-%06d", n));
    e.getJsonObject("refDevice").put("object", "urn:ngsi-ld:Device:bench:" + n);
    e.getJsonObject("location").put("value", point(randomPoint(random)));
    return e;
  }

  /** A uniformly random point in the city box, as {@code [lon, lat]}. */
  public static double[] randomPoint(SplittableRandom random) {
    return new double[] {
      round6(random.nextDouble(WEST, EAST)), round6(random.nextDouble(SOUTH, NORTH))
    };
  }

  /** A GeoJSON Point. */
  public static JsonObject point(double[] lonLat) {
    return new JsonObject()
        .put("type", "Point")
        .put("coordinates", new JsonArray().add(lonLat[0]).add(lonLat[1]));
  }

  private static void value(JsonObject entity, String attribute, Object value) {
    entity.getJsonObject(attribute).put("value", value);
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double round6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
