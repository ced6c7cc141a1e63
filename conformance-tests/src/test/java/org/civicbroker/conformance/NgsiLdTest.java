package org.civicbroker.conformance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the conformance tests: the broker under test, fixtures, unique ids, request specs and
 * clean-up of every entity a test creates (so the tests can run again and again against one
 * long-running broker).
 */
public abstract class NgsiLdTest {
  public static final String CORE_CONTEXT =
      "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld";
  public static final String LD_JSON = "application/ld+json";
  public static final String JSON = "application/json";
  public static final String GEO_JSON = "application/geo+json";
  public static final String MERGE_PATCH_JSON = "application/merge-patch+json";
  public static final String CONTEXT_REL = "http://www.w3.org/ns/json-ld#context";
  public static final String TENANT_HEADER = "NGSILD-Tenant";

  /** The {@code @vocab} of the core context: where undefined terms expand to (clause 5.5.7). */
  public static final String DEFAULT_VOCAB = "https://uri.etsi.org/ngsi-ld/default-context/";

  private final List<Created> created = new ArrayList<>();

  private record Created(String tenant, String id) {}

  @BeforeAll
  static void pointRestAssuredAtTheBroker() {
    RestAssured.baseURI = BrokerUnderTest.baseUrl();
    RestAssured.basePath = "/ngsi-ld/v1";
    RestAssured.urlEncodingEnabled = true;
    RestAssured.config =
        RestAssuredConfig.config()
            .encoderConfig(
                EncoderConfig.encoderConfig()
                    .defaultContentCharset("UTF-8")
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false));
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @AfterEach
  void deleteWhatTheTestCreated() {
    for (Created c : created) {
      RequestSpecification spec = given();
      if (c.tenant() != null) {
        spec.header(TENANT_HEADER, c.tenant());
      }
      spec.delete("/entities/{id}", c.id());
    }
    created.clear();
  }

  /** A fresh entity id, so tests never collide with each other or with earlier runs. */
  protected static String newId(String type) {
    return "urn:ngsi-ld:" + type + ":" + UUID.randomUUID();
  }

  /** A fresh tenant name: lower-case letters and digits only, short enough for any broker. */
  protected static String newTenant() {
    return "conf" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** Registers an entity for deletion after the test (default tenant). */
  protected void created(String id) {
    created.add(new Created(null, id));
  }

  /** Registers an entity of a tenant for deletion after the test. */
  protected void created(String tenant, String id) {
    created.add(new Created(tenant, id));
  }

  /**
   * Creates an entity from a fixture with a fresh id of the given type, sent as {@code
   * application/json} without a Link header (core context only); asserts 201 and returns the id.
   */
  protected String create(String fixture, String type) {
    String id = newId(type);
    Response response = json(fixture(fixture, "id", id), null).post("/entities");
    assertThat(response.statusCode())
        .as("create %s: %s", fixture, response.asString())
        .isEqualTo(201);
    created(id);
    return id;
  }

  /** GET /entities/{id} as {@code application/json}; asserts 200 and returns the body. */
  protected static JsonNode retrieve(String id, String... queryKeyValues) {
    Response response =
        given().accept(JSON).queryParams(pairs(queryKeyValues)).get("/entities/{id}", id);
    assertThat(response.statusCode()).as("retrieve %s: %s", id, response.asString()).isEqualTo(200);
    return Json.parse(response);
  }

  /**
   * A plain java.net.http client (HTTP/1.1, no default headers) for what RestAssured cannot do:
   * requests without an Accept header, concurrent requests, bodies a server may refuse early.
   */
  protected static HttpClient httpClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /** Asserts that GET /entities/{id} answers 404 (the entity does not exist). */
  protected static void assertEntityAbsent(String id) {
    Response response = given().accept(JSON).get("/entities/{id}", id);
    assertThat(response.statusCode()).as("GET %s: %s", id, response.asString()).isEqualTo(404);
  }

  /** A request with an {@code application/ld+json} body. */
  protected static RequestSpecification ldJson(String body) {
    return given().contentType(LD_JSON).body(body);
  }

  /** A request with an {@code application/json} body and, when given, a context Link header. */
  protected static RequestSpecification json(String body, String contextUrl) {
    RequestSpecification spec = given().contentType(JSON).body(body);
    return contextUrl == null ? spec : spec.header("Link", link(contextUrl));
  }

  /** A request with an {@code application/json} body and no Link header (core context only). */
  protected static RequestSpecification json(String body) {
    return json(body, null);
  }

  protected static String link(String contextUrl) {
    return "<" + contextUrl + ">; rel=\"" + CONTEXT_REL + "\"; type=\"application/ld+json\"";
  }

  protected static String fixture(String path, String... keyValues) {
    return Fixtures.text(path, pairs(keyValues));
  }

  private static Map<String, String> pairs(String... keyValues) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      values.put(keyValues[i], keyValues[i + 1]);
    }
    return values;
  }
}
