package org.civicbroker.conformance;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/** Base of the conformance tests: the broker under test, fixtures, unique ids and request specs. */
public abstract class NgsiLdTest {
  public static final String CORE_CONTEXT =
      "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld";
  public static final String LD_JSON = "application/ld+json";
  public static final String JSON = "application/json";
  public static final String CONTEXT_REL = "http://www.w3.org/ns/json-ld#context";

  @BeforeAll
  static void pointRestAssuredAtTheBroker() {
    RestAssured.baseURI = BrokerUnderTest.baseUrl();
    RestAssured.basePath = "/ngsi-ld/v1";
    RestAssured.urlEncodingEnabled = true;
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  /** A fresh entity id, so tests never collide with each other or with earlier runs. */
  protected static String newId(String type) {
    return "urn:ngsi-ld:" + type + ":" + UUID.randomUUID();
  }

  /** A request with an {@code application/ld+json} body. */
  protected static RequestSpecification ldJson(String body) {
    return given().contentType(LD_JSON).body(body);
  }

  /** A request with an {@code application/json} body and a context Link header. */
  protected static RequestSpecification json(String body, String contextUrl) {
    RequestSpecification spec = given().contentType(JSON).body(body);
    return contextUrl == null ? spec : spec.header("Link", link(contextUrl));
  }

  protected static String link(String contextUrl) {
    return "<" + contextUrl + ">; rel=\"" + CONTEXT_REL + "\"; type=\"application/ld+json\"";
  }

  protected static String fixture(String path, String... keyValues) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      values.put(keyValues[i], keyValues[i + 1]);
    }
    return Fixtures.text(path, values);
  }
}
