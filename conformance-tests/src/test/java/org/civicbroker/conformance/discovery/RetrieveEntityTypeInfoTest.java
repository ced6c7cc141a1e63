package org.civicbroker.conformance.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.civicbroker.conformance.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 5.7.7 Retrieve Available Entity Type Information (an EntityTypeInfo, 5.2.26). */
@DisplayName("5.7.7 Retrieve Available Entity Type Information")
class RetrieveEntityTypeInfoTest extends DiscoveryTest {

  @Test
  @DisplayName("5.7.7 GET /types/{type} -> EntityTypeInfo with entityCount and attributeDetails")
  void entityTypeInfo() {
    createEntity("machine.json", type);
    createEntity("machine-operator-as-property.json", type);

    JsonNode info = getJson("/types/" + type, null);

    assertThat(Json.keys(info))
        .containsExactly("attributeDetails", "entityCount", "id", "type", "typeName");
    assertThat(info.path("id").asText()).isEqualTo(DEFAULT_VOCAB + type);
    assertThat(info.path("type").asText()).isEqualTo("EntityTypeInfo");
    assertThat(info.path("typeName").asText()).isEqualTo(type);
    assertThat(info.path("entityCount").asLong()).isEqualTo(2);
    JsonNode details = info.path("attributeDetails");
    assertThat(details).hasSize(3);
    JsonNode operatorDetails = element(details, "attributeName", operator);
    assertThat(operatorDetails.path("id").asText()).isEqualTo(DEFAULT_VOCAB + operator);
    assertThat(operatorDetails.path("type").asText()).isEqualTo("Attribute");
    assertThat(texts(operatorDetails.path("attributeTypes")))
        .containsExactlyInAnyOrder("Property", "Relationship");
    assertThat(texts(element(details, "attributeName", label).path("attributeTypes")))
        .containsExactly("LanguageProperty");
  }

  @Test
  @DisplayName("5.7.7 an entity with two types counts for each")
  void entityWithTwoTypesCountsForEach() {
    createEntity("machine-two-types.json", type);

    JsonNode info = getJson("/types/" + otherType, null);

    assertThat(info.path("entityCount").asLong()).isEqualTo(1);
    assertThat(texts(getJson("/types", null).path("typeList"))).contains(type, otherType);
  }

  @Test
  @DisplayName("5.7.7 the type may be given as its full IRI")
  void typeByFullIri() {
    createEntity("bare.json", type);

    Response response = getEncoded("/types/" + segment(DEFAULT_VOCAB + type), null);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(Json.parse(response).path("entityCount").asLong()).isEqualTo(1);
  }

  @Test
  @DisplayName("5.7.7 the type in the path is expanded with the Link context; names compacted")
  void typeIsExpandedWithTheRequestContext() {
    String context = prefixContext();
    createEntity("machine.json", type, null, context);

    JsonNode info = getJson("/types/" + PREFIX + type, context);

    assertThat(info.path("id").asText()).isEqualTo(EXAMPLE + type);
    assertThat(info.path("typeName").asText()).isEqualTo(PREFIX + type);
    JsonNode details = info.path("attributeDetails");
    assertThat(element(details, "attributeName", PREFIX + stock).path("id").asText())
        .isEqualTo(EXAMPLE + stock);
    assertProblem(get("/types/" + PREFIX + type, null), 404, "ResourceNotFound");
    assertProblem(get("/types/" + type, context), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.7.7 a type no entity has -> 404 ResourceNotFound")
  void unknownType() {
    assertProblem(get("/types/" + type, null), 404, "ResourceNotFound");
  }
}
