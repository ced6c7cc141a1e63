package org.civicbroker.broker.entity.batch;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civicbroker.broker.entity.api.Payloads;

/** Builds batch bodies from entity fixtures and sends them. */
final class Batches {
  static final String OPERATIONS = "/ngsi-ld/v1/entityOperations/";
  static final String ENTITIES = "/ngsi-ld/v1/entities/";

  private Batches() {}

  static String newId() {
    return "urn:ngsi-ld:Room:" + UUID.randomUUID();
  }

  /** One entity of a fixture (with {@code ${id}} filled). */
  static String entity(String fixture, String id) {
    return Payloads.load("batch/" + fixture, id);
  }

  /** A JSON array of the fixture's entity, once per id. */
  static String array(String fixture, String... ids) {
    return Arrays.stream(ids)
        .map(id -> entity(fixture, id))
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** A JSON array of the given elements. */
  static String arrayOf(String... elements) {
    return String.join(",", elements).transform(s -> "[" + s + "]");
  }

  /** A JSON array of entity ids. */
  static String ids(String... ids) {
    return Arrays.stream(ids)
        .map(id -> "\"" + id + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }

  static Response post(String operation, String body) {
    return given().contentType("application/json").body(body).post(OPERATIONS + operation);
  }

  static Response postLd(String operation, String body) {
    return given().contentType("application/ld+json").body(body).post(OPERATIONS + operation);
  }

  static Response postFixture(String operation, String fixture) {
    return post(operation, Payloads.load("batch/" + fixture, ""));
  }

  static void create(String fixture, String... ids) {
    post("create", array(fixture, ids)).then().statusCode(201);
  }

  static Response retrieve(String id) {
    return given().accept("application/json").get(ENTITIES + id);
  }
}
