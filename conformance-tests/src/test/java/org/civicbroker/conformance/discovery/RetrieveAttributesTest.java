package org.civicbroker.conformance.discovery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.Responses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.7.8 Retrieve Available Attributes (an AttributeList, 5.2.27) and 5.7.9 Retrieve Details of
 * Available Attributes ({@code details=true}: an array of Attribute, 5.2.28).
 */
@DisplayName("5.7.8 / 5.7.9 Retrieve Available Attributes")
class RetrieveAttributesTest extends DiscoveryTest {

  @Test
  @DisplayName("5.7.8 GET /attributes -> AttributeList with the attributes of existing entities")
  void listsTheAttributesOfExistingEntities() {
    createEntity("machine.json", type);

    Response response = get("/attributes", null);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(Responses.mediaType(response)).isEqualTo(JSON);
    JsonNode body = Json.parse(response);
    assertThat(body.path("id").asText()).startsWith("urn:ngsi-ld:AttributeList:");
    assertThat(body.path("type").asText()).isEqualTo("AttributeList");
    assertThat(texts(body.path("attributeList")))
        .contains(stock, operator, label)
        .doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("5.7.8 entity members (id, type, scope, createdAt, modifiedAt) are not attributes")
  void entityMembersAreNotAttributes() {
    createEntity("machine.json", type);

    JsonNode body = getJson("/attributes", null);

    assertThat(texts(body.path("attributeList")))
        .doesNotContain("id", "type", "scope", "createdAt", "modifiedAt", "@id", "@type");
  }

  @Test
  @DisplayName("5.7.8 an attribute no entity has any more is not listed")
  void removedAttributeIsNotListed() {
    String id = createEntity("machine.json", type);
    given().delete("/entities/{id}/attrs/{attr}", id, label).then().statusCode(204);

    JsonNode body = getJson("/attributes", null);

    assertThat(texts(body.path("attributeList"))).contains(stock).doesNotContain(label);
  }

  @Test
  @DisplayName("5.7.8 names are compacted with the Link context of the request")
  void namesAreCompactedWithTheRequestContext() {
    String context = prefixContext();
    createEntity("machine.json", type, null, context);

    assertThat(texts(getJson("/attributes", context).path("attributeList")))
        .contains(PREFIX + stock)
        .doesNotContain(EXAMPLE + stock);
    assertThat(texts(getJson("/attributes", null).path("attributeList")))
        .as("without the context the name is its full IRI")
        .contains(EXAMPLE + stock)
        .doesNotContain(PREFIX + stock);
  }

  @Test
  @DisplayName("5.7.9 details=true -> Attribute with id, attributeName and typeNames")
  void detailsGiveAttributes() {
    createEntity("machine.json", type);
    createEntity("machine-two-types.json", otherType);

    JsonNode body = getJson("/attributes?details=true", null);

    assertThat(body.isArray()).as("an array: %s", body).isTrue();
    JsonNode attribute = element(body, "attributeName", stock);
    assertThat(attribute.path("id").asText()).isEqualTo(DEFAULT_VOCAB + stock);
    assertThat(attribute.path("type").asText()).isEqualTo("Attribute");
    assertThat(texts(attribute.path("typeNames"))).containsExactlyInAnyOrder(type, otherType);
  }

  @Test
  @DisplayName(
      "5.7.9 details=true with a Link context -> compacted names, the id stays the full IRI")
  void detailsAreCompactedWithTheRequestContext() {
    String context = prefixContext();
    createEntity("machine.json", type, null, context);

    JsonNode attribute =
        element(getJson("/attributes?details=true", context), "attributeName", PREFIX + stock);

    assertThat(attribute.path("id").asText()).isEqualTo(EXAMPLE + stock);
    assertThat(texts(attribute.path("typeNames"))).containsExactly(PREFIX + type);
  }

  @Test
  @DisplayName("6.3.6 Accept: application/ld+json -> @context in the list and in every Attribute")
  void jsonLdCarriesTheContextInTheBody() {
    createEntity("machine.json", type);

    Response list = given().accept(LD_JSON).get("/attributes");
    Response details = given().accept(LD_JSON).get("/attributes?details=true");

    assertThat(Responses.mediaType(list)).isEqualTo(LD_JSON);
    assertThat(Json.parse(list).path("@context").asText()).isEqualTo(CORE_CONTEXT);
    JsonNode body = Json.parse(details);
    assertThat(body).isNotEmpty();
    body.forEach(a -> assertThat(a.has("@context")).as("@context in %s", a).isTrue());
  }
}
