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
 * 5.7.5 Retrieve Available Entity Types (an EntityTypeList, 5.2.24) and 5.7.6 Retrieve Details of
 * Available Entity Types ({@code details=true}: an array of EntityType, 5.2.25).
 */
@DisplayName("5.7.5 / 5.7.6 Retrieve Available Entity Types")
class RetrieveEntityTypesTest extends DiscoveryTest {

  @Test
  @DisplayName("5.7.5 GET /types -> EntityTypeList with the type of an existing entity")
  void listsTheTypeOfAnExistingEntity() {
    createEntity("machine.json", type);

    Response response = get("/types", null);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(Responses.mediaType(response)).isEqualTo(JSON);
    assertThat(response.header("Link")).as("context Link header").contains(CONTEXT_REL);
    JsonNode body = Json.parse(response);
    assertThat(body.path("id").asText()).startsWith("urn:ngsi-ld:EntityTypeList:");
    assertThat(body.path("type").asText()).isEqualTo("EntityTypeList");
    assertThat(texts(body.path("typeList"))).contains(type).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("5.7.5 a type no entity has any more is not listed")
  void deletedEntitysTypeIsNotListed() {
    String id = createEntity("bare.json", type);
    given().delete("/entities/{id}", id).then().statusCode(204);

    JsonNode body = getJson("/types", null);

    assertThat(texts(body.path("typeList"))).doesNotContain(type, DEFAULT_VOCAB + type);
  }

  @Test
  @DisplayName("5.7.5 types are compacted with the Link context of the request")
  void typesAreCompactedWithTheRequestContext() {
    String context = prefixContext();
    createEntity("bare.json", type, null, context);

    assertThat(texts(getJson("/types", context).path("typeList")))
        .contains(PREFIX + type)
        .doesNotContain(EXAMPLE + type);
    assertThat(texts(getJson("/types", null).path("typeList")))
        .as("without the context the type is its full IRI")
        .contains(EXAMPLE + type)
        .doesNotContain(PREFIX + type);
  }

  @Test
  @DisplayName("5.7.6 details=true -> EntityType with id, typeName and attributeNames")
  void detailsGiveEntityTypes() {
    createEntity("machine.json", type);
    createEntity("machine-operator-as-property.json", type);

    JsonNode body = getJson("/types?details=true", null);

    assertThat(body.isArray()).as("an array: %s", body).isTrue();
    JsonNode entityType = element(body, "typeName", type);
    assertThat(Json.keys(entityType)).containsExactly("attributeNames", "id", "type", "typeName");
    assertThat(entityType.path("id").asText()).isEqualTo(DEFAULT_VOCAB + type);
    assertThat(entityType.path("type").asText()).isEqualTo("EntityType");
    assertThat(texts(entityType.path("attributeNames")))
        .containsExactlyInAnyOrder(stock, operator, label);
  }

  @Test
  @DisplayName(
      "5.7.6 details=true with a Link context -> compacted names, the id stays the full IRI")
  void detailsAreCompactedWithTheRequestContext() {
    String context = prefixContext();
    createEntity("machine.json", type, null, context);

    JsonNode entityType =
        element(getJson("/types?details=true", context), "typeName", PREFIX + type);

    assertThat(entityType.path("id").asText()).isEqualTo(EXAMPLE + type);
    assertThat(texts(entityType.path("attributeNames")))
        .containsExactlyInAnyOrder(PREFIX + stock, PREFIX + operator, PREFIX + label);
  }

  @Test
  @DisplayName("6.3.6 Accept: application/ld+json -> @context in the list and in every EntityType")
  void jsonLdCarriesTheContextInTheBody() {
    createEntity("bare.json", type);

    Response list = given().accept(LD_JSON).get("/types");
    Response details = given().accept(LD_JSON).get("/types?details=true");

    assertThat(list.statusCode()).as(list.asString()).isEqualTo(200);
    assertThat(Responses.mediaType(list)).isEqualTo(LD_JSON);
    assertThat(Json.parse(list).path("@context").asText()).isEqualTo(CORE_CONTEXT);
    assertThat(details.statusCode()).as(details.asString()).isEqualTo(200);
    JsonNode body = Json.parse(details);
    assertThat(body).isNotEmpty();
    body.forEach(t -> assertThat(t.has("@context")).as("@context in %s", t).isTrue());
  }
}
