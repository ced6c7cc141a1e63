package org.civicbroker.conformance.entities.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.Map;
import org.civicbroker.conformance.ContextServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.5.7 Query Entities: the names in {@code type} (4.17), {@code attrs} and {@code q} (4.9) are
 * expanded with the request's @context (Link header), and the result is compacted with it. The user
 * context ({@code query/contexts/room-context.jsonld}, served by {@link ContextServer}) maps the
 * fresh type to {@code https://example.org/query/<type>}.
 */
@DisplayName("5.5.7 Query Entities: names expanded with the request's @context")
class QueryContextExpansionTest extends QueryTestBase {
  private String type;
  private String context;
  private String id;

  @BeforeEach
  void createWithAUserContext() {
    type = freshType("Room");
    context =
        ContextServer.get().publish("query/contexts/room-context.jsonld", Map.of("type", type));
    id = createIn(context, "query/room.json", type);
  }

  @Test
  @DisplayName("5.5.7 same Link context as the write -> found, type compacted to the term")
  void sameContextFindsTheEntity() {
    JsonNode result = okArray(query(withContext(), "type", type));

    assertThat(result).hasSize(1);
    assertThat(result.get(0).path("id").asText()).isEqualTo(id);
    assertThat(result.get(0).path("type").asText()).isEqualTo(type);
  }

  @Test
  @DisplayName("5.5.7 no Link: the term means another IRI -> not found")
  void coreContextMissesTheEntity() {
    assertThat(ids(query("type", type))).isEmpty();
  }

  @Test
  @DisplayName("5.5.7 no Link, the full IRI -> found, type rendered as the full IRI")
  void fullIriFindsTheEntity() {
    String iri = "https://example.org/query/" + type;
    Response response = query("type", iri);

    JsonNode result = okArray(response);
    assertThat(result).hasSize(1);
    assertThat(result.get(0).path("type").asText()).isEqualTo(iri);
  }

  @Test
  @DisplayName("5.5.7 attrs=temperature with the Link -> the entity, reduced to temperature")
  void attrsExpandedWithTheContext() {
    JsonNode result = okArray(query(withContext(), "type", type, "attrs", "temperature"));

    assertThat(result).hasSize(1);
    assertThat(result.get(0).path("temperature").path("value").asDouble()).isEqualTo(21.5);
    assertThat(result.get(0).has("name")).isFalse();
  }

  @Test
  @DisplayName("5.5.7 attrs=temperature without the Link names another attribute -> not found")
  void attrsWithoutTheContext() {
    assertThat(ids(query("type", "https://example.org/query/" + type, "attrs", "temperature")))
        .isEmpty();
  }

  @Test
  @DisplayName("4.9 q=temperature==21.5 with the Link -> found; without it -> not found")
  void qNamesExpandedWithTheContext() {
    assertThat(ids(query(withContext(), "type", type, "q", "temperature==21.5")))
        .containsExactly(id);
    assertThat(ids(query("type", "https://example.org/query/" + type, "q", "temperature==21.5")))
        .isEmpty();
  }

  private io.restassured.specification.RequestSpecification withContext() {
    return given().accept(JSON).header("Link", link(context));
  }
}
