package org.civicbroker.conformance.discovery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civicbroker.conformance.ContextServer;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;

/**
 * Base of the discovery tests (clauses 5.7.5 - 5.7.10): every test names its entity types and
 * attributes with a fresh suffix, so the tests hold on a shared broker that has other entities too;
 * counts are only asserted for these fresh names. The context {@code
 * discovery/vocab-context.jsonld} maps every undefined term into {@code
 * https://example.org/discovery/}.
 */
abstract class DiscoveryTest extends NgsiLdTest {
  /** The namespace of the prefix context. */
  static final String EXAMPLE = "https://example.org/discovery/";

  /** The prefix the prefix context defines for {@link #EXAMPLE}. */
  static final String PREFIX = "disco:";

  /** Fresh names for this test: two entity types and three attributes. */
  final String type;

  final String otherType;
  final String stock;
  final String operator;
  final String label;

  DiscoveryTest() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    type = "Vending" + suffix;
    otherType = "Kiosk" + suffix;
    stock = "stock" + suffix;
    operator = "operator" + suffix;
    label = "label" + suffix;
  }

  /** Publishes the prefix context and returns its URL. */
  static String prefixContext() {
    return ContextServer.get().publish("discovery/prefix-context.jsonld");
  }

  /**
   * Creates an entity of {@code entityType} from a discovery fixture with this test's names, in
   * {@code tenant} (null: default) and with the Link context (null: core only); returns its id.
   * With a context, the names are written as compact IRIs with {@link #PREFIX}. The entity is
   * deleted after the test.
   */
  String createEntity(String fixture, String entityType, String tenant, String contextUrl) {
    String id = newId(entityType);
    String prefix = contextUrl == null ? "" : PREFIX;
    String body =
        fixture(
            "discovery/" + fixture,
            "id",
            id,
            "type",
            prefix + entityType,
            "otherType",
            prefix + otherType,
            "stock",
            prefix + stock,
            "operator",
            prefix + operator,
            "label",
            prefix + label);
    RequestSpecification request = json(body, contextUrl);
    if (tenant != null) {
      request.header(TENANT_HEADER, tenant);
    }
    Response response = request.post("/entities");
    assertThat(response.statusCode()).as("create: %s", response.asString()).isEqualTo(201);
    created(tenant, id);
    return id;
  }

  String createEntity(String fixture, String entityType) {
    return createEntity(fixture, entityType, null, null);
  }

  /** GET as {@code application/json}, with the Link context when not null. */
  static Response get(String path, String contextUrl) {
    RequestSpecification request = given().accept(JSON);
    if (contextUrl != null) {
      request.header("Link", link(contextUrl));
    }
    return request.get(path);
  }

  /** GET as {@code application/json}; asserts 200 and returns the body. */
  static JsonNode getJson(String path, String contextUrl) {
    Response response = get(path, contextUrl);
    assertThat(response.statusCode()).as("GET %s: %s", path, response.asString()).isEqualTo(200);
    return Json.parse(response);
  }

  /** A path segment for a full IRI, percent-encoded so that its slashes stay in the segment. */
  static String segment(String iri) {
    return URLEncoder.encode(iri, StandardCharsets.UTF_8);
  }

  /** GET without RestAssured's own URL encoding (the path is already encoded). */
  static Response getEncoded(String encodedPath, String contextUrl) {
    RequestSpecification request = given().urlEncodingEnabled(false).accept(JSON);
    if (contextUrl != null) {
      request.header("Link", link(contextUrl));
    }
    return request.get(encodedPath);
  }

  static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The element of an array whose {@code member} is {@code value}; fails when there is none. */
  static JsonNode element(JsonNode array, String member, String value) {
    for (JsonNode element : array) {
      if (value.equals(element.path(member).asText())) {
        return element;
      }
    }
    throw new AssertionError("No element with " + member + " = " + value + " in " + array);
  }

  /** Whether an array has an element whose {@code member} is {@code value}. */
  static boolean hasElement(JsonNode array, String member, String value) {
    for (JsonNode element : array) {
      if (value.equals(element.path(member).asText())) {
        return true;
      }
    }
    return false;
  }
}
