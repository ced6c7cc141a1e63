package org.civicbroker.conformance.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.civicbroker.conformance.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 5.7.10 Retrieve Available Attribute Information (an Attribute, 5.2.28). */
@DisplayName("5.7.10 Retrieve Available Attribute Information")
class RetrieveAttributeInfoTest extends DiscoveryTest {

  @Test
  @DisplayName(
      "5.7.10 GET /attributes/{attrId} -> Attribute with count, attribute and entity types")
  void attributeInformation() {
    createEntity("machine.json", type);
    createEntity("machine-operator-as-property.json", otherType);

    JsonNode attribute = getJson("/attributes/" + operator, null);

    assertThat(Json.keys(attribute))
        .containsExactly(
            "attributeCount", "attributeName", "attributeTypes", "id", "type", "typeNames");
    assertThat(attribute.path("id").asText()).isEqualTo(DEFAULT_VOCAB + operator);
    assertThat(attribute.path("type").asText()).isEqualTo("Attribute");
    assertThat(attribute.path("attributeName").asText()).isEqualTo(operator);
    assertThat(attribute.path("attributeCount").asLong()).isEqualTo(2);
    assertThat(texts(attribute.path("attributeTypes")))
        .containsExactlyInAnyOrder("Property", "Relationship");
    assertThat(texts(attribute.path("typeNames"))).containsExactlyInAnyOrder(type, otherType);
  }

  @Test
  @DisplayName("5.7.10 the attribute may be given as its full IRI")
  void attributeByFullIri() {
    createEntity("machine.json", type);

    Response response = getEncoded("/attributes/" + segment(DEFAULT_VOCAB + stock), null);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(Json.parse(response).path("attributeName").asText()).isEqualTo(stock);
  }

  @Test
  @DisplayName("5.7.10 the name in the path is expanded with the Link context; names compacted")
  void nameIsExpandedWithTheRequestContext() {
    String context = prefixContext();
    createEntity("machine.json", type, null, context);

    JsonNode attribute = getJson("/attributes/" + PREFIX + label, context);

    assertThat(attribute.path("id").asText()).isEqualTo(EXAMPLE + label);
    assertThat(attribute.path("attributeName").asText()).isEqualTo(PREFIX + label);
    assertThat(texts(attribute.path("typeNames"))).containsExactly(PREFIX + type);
    assertThat(texts(attribute.path("attributeTypes"))).containsExactly("LanguageProperty");
    assertProblem(get("/attributes/" + PREFIX + label, null), 404, "ResourceNotFound");
    assertProblem(get("/attributes/" + label, context), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.7.10 an attribute no entity has -> 404 ResourceNotFound")
  void unknownAttribute() {
    assertProblem(get("/attributes/" + stock, null), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.7.10 entity members are no attributes -> 404 ResourceNotFound")
  void entityMembersAreNotFound() {
    createEntity("machine.json", type);

    for (String member : new String[] {"id", "type", "createdAt", "modifiedAt"}) {
      assertProblem(get("/attributes/" + member, null), 404, "ResourceNotFound");
    }
  }
}
