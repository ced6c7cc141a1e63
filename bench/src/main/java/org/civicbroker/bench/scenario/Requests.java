package org.civicbroker.bench.scenario;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/** Request paths and bodies shared by several scenarios. */
final class Requests {
  /** The attribute filter of the query scenarios. */
  static final String Q = "temperature>20;status==\"ok\"";

  static final int LIMIT = 20;
  static final int NEAR_METRES = 500;
  private static final String[] STATUS = {"ok", "warn", "fail"};

  private Requests() {}

  /** {@code /entities?type=T&q=temperature>20;status=="ok"&limit=20}, URL-encoded. */
  static String typeQuery(String type) {
    return "/entities?type=" + enc(type) + "&q=" + enc(Q) + "&limit=" + LIMIT;
  }

  /** Entities of {@code type} within 500 m of a point, URL-encoded. */
  static String geoQuery(String type, double[] lonLat) {
    String coordinates =
        String.format(
            Locale.ROOT, "[%s,%s]", Double.toString(lonLat[0]), Double.toString(lonLat[1]));
    return "/entities?type="
        + enc(type)
        + "&georel="
        + enc("near;maxDistance==" + NEAR_METRES)
        + "&geometry=Point&coordinates="
        + enc(coordinates)
        + "&limit="
        + LIMIT;
  }

  /** PATCH .../attrs body updating temperature, and status every other time. */
  static Buffer patchBody(SplittableRandom random) {
    JsonObject body = Templates.load("patch-attrs.json");
    body.getJsonObject("temperature").put("value", EntityFactory.round(random.nextDouble(-5, 40)));
    if (random.nextBoolean()) {
      body.remove("status");
    } else {
      body.getJsonObject("status").put("value", STATUS[random.nextInt(STATUS.length)]);
    }
    return body.toBuffer();
  }

  static String attrsPath(String id) {
    return "/entities/" + id + "/attrs";
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
