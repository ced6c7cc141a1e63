package org.civicbroker.broker.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small city written to a broker through the NGSI-LD API and read back from it: sensors with
 * every attribute type, rooms and subscriptions, in the default tenant and one more, some entities
 * updated after creation. The admin ITs write it to one broker and compare what another serves.
 */
final class CityData {
  static final String ENTITIES = "/ngsi-ld/v1/entities";
  static final String SUBSCRIPTIONS = "/ngsi-ld/v1/subscriptions";

  /** The tenants: the default one (null) and a named one. */
  static final List<String> TENANTS = java.util.Arrays.asList(null, "city-north");

  private CityData() {}

  /** Writes the city: per tenant {@code sensors} sensors, {@code rooms} rooms, 2 subscriptions. */
  static void write(String url, int sensors, int rooms) {
    for (String tenant : TENANTS) {
      for (int n = 1; n <= sensors; n++) {
        create(url, tenant, ENTITIES, "sensor.jsonld", sensorId(tenant, n), "0");
      }
      for (int n = 1; n <= rooms; n++) {
        create(url, tenant, ENTITIES, "room.jsonld", roomId(tenant, n), Integer.toString(n));
      }
      create(url, tenant, SUBSCRIPTIONS, "subscription.jsonld", subscriptionId(tenant, 1), "0");
      given(url, tenant)
          .contentType("application/json")
          .body(bytes("minimal-subscription.json", subscriptionId(tenant, 2), "0"))
          .post(SUBSCRIPTIONS)
          .then()
          .statusCode(201);
      setRoom(url, tenant, 1, 100);
    }
  }

  /** Sets a room's temperature (a later modifiedAt than createdAt). */
  static void setRoom(String url, String tenant, int n, int value) {
    given(url, tenant)
        .contentType("application/json")
        .body(
            "{\"https://example.org/temperature\": {\"type\": \"Property\", \"value\": "
                + value
                + "}}")
        .patch(ENTITIES + "/" + roomId(tenant, n) + "/attrs")
        .then()
        .statusCode(204);
  }

  static String sensorId(String tenant, int n) {
    return "urn:ngsi-ld:Sensor:" + (tenant == null ? "default" : tenant) + "-" + n;
  }

  static String roomId(String tenant, int n) {
    return "urn:ngsi-ld:Room:" + (tenant == null ? "default" : tenant) + "-" + n;
  }

  static String subscriptionId(String tenant, int n) {
    return "urn:ngsi-ld:Subscription:" + (tenant == null ? "default" : tenant) + "-" + n;
  }

  /** The entity as Retrieve Entity shows it with sysAttrs (core context), or null when absent. */
  static JsonNode entity(String url, String tenant, String id) {
    var response = given(url, tenant).queryParam("options", "sysAttrs").get(ENTITIES + "/" + id);
    return response.statusCode() == 404
        ? null
        : response.then().statusCode(200).extract().as(JsonNode.class);
  }

  /** Query Entities of both types with sysAttrs, in id order. */
  static JsonNode query(String url, String tenant) {
    return given(url, tenant)
        .queryParam("type", "https://example.org/Sensor,https://example.org/Room")
        .queryParam("options", "sysAttrs")
        .queryParam("limit", "1000")
        .get(ENTITIES)
        .then()
        .statusCode(200)
        .extract()
        .as(JsonNode.class);
  }

  /** Query Subscriptions with sysAttrs, without delivery status. */
  static List<JsonNode> subscriptions(String url, String tenant) {
    JsonNode all =
        given(url, tenant)
            .queryParam("options", "sysAttrs")
            .queryParam("limit", "1000")
            .get(SUBSCRIPTIONS)
            .then()
            .statusCode(200)
            .extract()
            .as(JsonNode.class);
    List<JsonNode> list = new ArrayList<>();
    all.forEach(s -> list.add(AdminFixtures.withoutDeliveryStatus(s)));
    return list;
  }

  /** GET /admin/export of every tenant. */
  static String export(String url) {
    return io.restassured.RestAssured.given()
        .baseUri(url)
        .get("/admin/export")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  static RequestSpecification given(String url, String tenant) {
    RequestSpecification request = io.restassured.RestAssured.given().baseUri(url);
    return tenant == null ? request : request.header("NGSILD-Tenant", tenant);
  }

  private static void create(
      String url, String tenant, String path, String fixture, String id, String value) {
    given(url, tenant)
        .contentType("application/ld+json")
        .body(bytes(fixture, id, value))
        .post(path)
        .then()
        .statusCode(201);
  }

  private static byte[] bytes(String fixture, String id, String value) {
    return AdminFixtures.load(fixture, Map.of("id", id, "value", value))
        .getBytes(StandardCharsets.UTF_8);
  }
}
