package org.civicbroker.conformance.entities.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.civicbroker.conformance.BrokerUnderTest;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;

/**
 * Shared helpers of the Query Entities conformance tests (clause 5.7.2, HTTP binding 6.4.3.2 GET
 * /entities and 6.23.3.1 POST /entityOperations/query).
 *
 * <p>Repeatable on a shared broker: every test creates entities of fresh types ({@link #freshType})
 * and filters on them, so other data never shows up in a result; {@link NgsiLdTest} deletes what a
 * test created. Query strings are percent-encoded here (every character but the RFC 3986 unreserved
 * ones), so q, scopeQ and geo values reach the broker exactly as written ({@code +}, {@code #},
 * {@code ;}, {@code |}, quotes, brackets).
 */
abstract class QueryTestBase extends NgsiLdTest {
  static final String RESULTS_COUNT = "NGSILD-Results-Count";

  /** A fresh entity type: the prefix and 32 hex digits, e.g. {@code Room3f2a...}. */
  static String freshType(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "");
  }

  /**
   * Creates an entity from a fixture, sent as {@code application/json} with a context Link when
   * {@code contextUrl} is not null; fills {@code ${id}} with a fresh id of the type, {@code
   * ${type}} with the type and the other placeholders from {@code keyValues}; asserts 201 and
   * returns the id.
   */
  String createIn(String contextUrl, String fixture, String type, String... keyValues) {
    return createWithId(contextUrl, fixture, newId(type), type, keyValues);
  }

  /** Like {@link #createIn} with a given id (registered for deletion after the test). */
  String createWithId(
      String contextUrl, String fixture, String id, String type, String... keyValues) {
    String[] values = new String[keyValues.length + 4];
    values[0] = "id";
    values[1] = id;
    values[2] = "type";
    values[3] = type;
    System.arraycopy(keyValues, 0, values, 4, keyValues.length);
    Response response = json(fixture(fixture, values), contextUrl).post("/entities");
    assertThat(response.statusCode())
        .as("create %s: %s", fixture, response.asString())
        .isEqualTo(201);
    created(id);
    return id;
  }

  /** {@link #createIn} without a Link header (core context only). */
  String createEntity(String fixture, String type, String... keyValues) {
    return createIn(null, fixture, type, keyValues);
  }

  /** GET /entities with the given parameters (pairs), {@code Accept: application/json}. */
  static Response query(String... keyValues) {
    return query(given().accept(JSON), keyValues);
  }

  /** GET /entities with the given parameters (pairs) on a prepared request. */
  static Response query(RequestSpecification spec, String... keyValues) {
    return spec.urlEncodingEnabled(false).get("/entities" + queryString(keyValues));
  }

  /** POST /entityOperations/query with a JSON body and URL parameters (pairs). */
  static Response postQuery(String body, String contextUrl, String... keyValues) {
    return json(body, contextUrl)
        .accept(JSON)
        .urlEncodingEnabled(false)
        .post("/entityOperations/query" + queryString(keyValues));
  }

  /** The ids of a 200 response's entity array, in response order. */
  static List<String> ids(Response response) {
    JsonNode body = okArray(response);
    List<String> ids = new ArrayList<>();
    for (JsonNode entity : body) {
      ids.add(entity.path("id").asText());
    }
    return ids;
  }

  /** Asserts a 200 response whose body is a JSON array, and returns it. */
  static JsonNode okArray(Response response) {
    assertThat(response.statusCode()).as("status; body: %s", response.asString()).isEqualTo(200);
    JsonNode body = Json.parse(response);
    assertThat(body.isArray()).as("an array: %s", body).isTrue();
    return body;
  }

  /** The entities of a 200 response keyed by id. */
  static Map<String, JsonNode> byId(Response response) {
    Map<String, JsonNode> entities = new HashMap<>();
    for (JsonNode entity : okArray(response)) {
      entities.put(entity.path("id").asText(), entity);
    }
    return entities;
  }

  /** The {@code NGSILD-Results-Count} header as a number (clause 6.3.13); asserts it is there. */
  static long resultsCount(Response response) {
    String header = response.header(RESULTS_COUNT);
    assertThat(header).as("%s header", RESULTS_COUNT).isNotNull();
    return Long.parseLong(header.trim());
  }

  /**
   * The broker's maximum {@code limit} (clause 6.3.10): {@code -Dbroker.max-limit}, else 1000 for
   * the packaged broker; unknown (empty) for another broker.
   */
  static OptionalInt maxLimit() {
    String given = System.getProperty("broker.max-limit", "");
    if (!given.isBlank()) {
      return OptionalInt.of(Integer.parseInt(given.trim()));
    }
    return BrokerUnderTest.isLocal() ? OptionalInt.of(1000) : OptionalInt.empty();
  }

  /** {@code ?k1=v1&k2=v2} with every value percent-encoded; empty for no pairs. */
  static String queryString(String... keyValues) {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      query.append(query.length() == 0 ? '?' : '&');
      query.append(encode(keyValues[i])).append('=').append(encode(keyValues[i + 1]));
    }
    return query.toString();
  }

  /** Percent-encodes all but the unreserved characters; a space becomes {@code %20}. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
