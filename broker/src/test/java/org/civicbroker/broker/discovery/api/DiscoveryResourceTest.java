package org.civicbroker.broker.discovery.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civicbroker.broker.discovery.DiscoveryFixtures;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The discovery endpoints over a fake catalog holding the entities of entities.json. */
@QuarkusTest
@TestProfile(FakeCatalogProfile.class)
class DiscoveryResourceTest {
  private static final String BASE = "/ngsi-ld/v1";
  private static final String CORE_CONTEXT =
      "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld";
  private static final String ERRORS = "https://uri.etsi.org/ngsi-ld/errors/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Inject FakeEntityCatalog catalog;

  @BeforeEach
  void loadTheFixtureEntities() {
    catalog.load(Tenant.DEFAULT, DiscoveryFixtures.entities());
  }

  @Test
  void typesAreAnEntityTypeListWithTheContextAsLink() {
    Response response = given().accept("application/json").get(BASE + "/types");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.header("Link")).contains("<" + CORE_CONTEXT + ">");
    JsonNode body = json(response);
    assertThat(body.path("id").asText()).startsWith("urn:ngsi-ld:EntityTypeList:");
    assertThat(body.path("type").asText()).isEqualTo("EntityTypeList");
    assertThat(texts(body.path("typeList"))).containsExactly("Cafe", "Kiosk", "Shop");
    assertThat(body.has("@context")).isFalse();
  }

  @Test
  void typeDetailsAreEntityTypes() {
    JsonNode body = json(given().get(BASE + "/types?details=true"));

    assertThat(body.isArray()).isTrue();
    assertThat(body).hasSize(3);
    JsonNode cafe = body.get(0);
    assertThat(cafe.path("id").asText()).isEqualTo(DiscoveryFixtures.VOCAB + "Cafe");
    assertThat(cafe.path("type").asText()).isEqualTo("EntityType");
    assertThat(cafe.path("typeName").asText()).isEqualTo("Cafe");
    assertThat(texts(cafe.path("attributeNames"))).containsExactly("name", "seats");
    assertThat(texts(body.get(1).path("attributeNames"))).isEmpty();
  }

  @Test
  void oneTypeByTermOrFullIri() {
    JsonNode byTerm = json(given().get(BASE + "/types/Shop"));
    Response byIri =
        given()
            .urlEncodingEnabled(false)
            .get(BASE + "/types/https%3A%2F%2Furi.etsi.org%2Fngsi-ld%2Fdefault-context%2FShop");

    assertThat(byTerm.path("type").asText()).isEqualTo("EntityTypeInfo");
    assertThat(byTerm.path("typeName").asText()).isEqualTo("Shop");
    assertThat(byTerm.path("entityCount").asLong()).isEqualTo(2);
    List<String> names = new ArrayList<>();
    byTerm.path("attributeDetails").forEach(a -> names.add(a.path("attributeName").asText()));
    assertThat(names).containsExactly("location", "name", "owner", "seats");
    assertThat(byIri.statusCode()).as(byIri.asString()).isEqualTo(200);
    assertThat(json(byIri).path("id")).isEqualTo(byTerm.path("id"));
  }

  @Test
  void unknownTypeIsResourceNotFound() {
    assertProblem(given().get(BASE + "/types/Unicorn"), 404, "ResourceNotFound");
  }

  @Test
  void attributesAreAnAttributeList() {
    JsonNode body = json(given().get(BASE + "/attributes"));

    assertThat(body.path("id").asText()).startsWith("urn:ngsi-ld:AttributeList:");
    assertThat(body.path("type").asText()).isEqualTo("AttributeList");
    assertThat(texts(body.path("attributeList")))
        .containsExactly("location", "name", "owner", "seats");
  }

  @Test
  void attributeDetailsNameTheirEntityTypes() {
    JsonNode body = json(given().get(BASE + "/attributes?details=true"));

    assertThat(body).hasSize(4);
    JsonNode name = body.get(1);
    assertThat(name.path("attributeName").asText()).isEqualTo("name");
    assertThat(texts(name.path("typeNames"))).containsExactly("Cafe", "Shop");
  }

  @Test
  void oneAttributeWithCountsAndTypes() {
    JsonNode body = json(given().get(BASE + "/attributes/name"));

    assertThat(body.path("id").asText()).isEqualTo(DiscoveryFixtures.VOCAB + "name");
    assertThat(body.path("type").asText()).isEqualTo("Attribute");
    assertThat(body.path("attributeCount").asLong()).isEqualTo(3);
    assertThat(texts(body.path("attributeTypes"))).containsExactly("LanguageProperty", "Property");
    assertThat(texts(body.path("typeNames"))).containsExactly("Cafe", "Shop");
  }

  @Test
  void unknownAttributeAndEntityMembersAreResourceNotFound() {
    assertProblem(given().get(BASE + "/attributes/colour"), 404, "ResourceNotFound");
    assertProblem(given().get(BASE + "/attributes/id"), 404, "ResourceNotFound");
    assertProblem(given().get(BASE + "/attributes/createdAt"), 404, "ResourceNotFound");
  }

  @Test
  void jsonLdPutsTheContextIntoEachObject() {
    Response list = given().accept("application/ld+json").get(BASE + "/attributes");
    Response details = given().accept("application/ld+json").get(BASE + "/types?details=true");

    assertThat(list.contentType()).startsWith("application/ld+json");
    assertThat(list.header("Link")).isNull();
    JsonNode body = json(list);
    assertThat(body.fieldNames().next()).isEqualTo("@context");
    assertThat(body.path("@context").asText()).isEqualTo(CORE_CONTEXT);
    json(details).forEach(t -> assertThat(t.path("@context").asText()).isEqualTo(CORE_CONTEXT));
  }

  @Test
  void geoJsonIsNotAcceptable() {
    Response response = given().accept("application/geo+json").get(BASE + "/types");

    assertThat(response.statusCode()).isEqualTo(406);
    assertThat(parse(response).path("type").asText()).isEqualTo("about:blank");
  }

  @Test
  void parametersAreChecked() {
    assertProblem(given().get(BASE + "/types?details=yes"), 400, "BadRequestData");
    assertProblem(given().get(BASE + "/attributes?limit=5"), 400, "InvalidRequest");
    assertProblem(given().get(BASE + "/types/Shop?details=true"), 400, "InvalidRequest");
    assertThat(given().get(BASE + "/types/Shop?local=true").statusCode()).isEqualTo(200);
    assertThat(given().get(BASE + "/attributes?details=false&local=true").statusCode())
        .isEqualTo(200);
  }

  @Test
  void unknownTenantIsNonexistentTenant() {
    Response response = given().header("NGSILD-Tenant", "nobody" + suffix()).get(BASE + "/types");

    assertProblem(response, 404, "NonexistentTenant");
  }

  @Test
  void aTenantSeesItsOwnCatalog() {
    String tenant = "disco" + suffix();
    given()
        .header("NGSILD-Tenant", tenant)
        .contentType("application/json")
        .body("{\"id\": \"urn:ngsi-ld:Kiosk:" + suffix() + "\", \"type\": \"Kiosk\"}")
        .post(BASE + "/entities")
        .then()
        .statusCode(201);
    List<Entity> kiosks =
        DiscoveryFixtures.entities().stream()
            .filter(e -> e.types().contains(DiscoveryFixtures.VOCAB + "Kiosk"))
            .toList();
    catalog.load(new Tenant(tenant), kiosks);

    JsonNode body = json(given().header("NGSILD-Tenant", tenant).get(BASE + "/types"));

    assertThat(texts(body.path("typeList"))).containsExactly("Kiosk");
    assertProblem(
        given().header("NGSILD-Tenant", tenant).get(BASE + "/types/Shop"), 404, "ResourceNotFound");
  }

  private static void assertProblem(Response response, int status, String type) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(parse(response).path("type").asText()).isEqualTo(ERRORS + type);
  }

  private static JsonNode json(Response response) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return parse(response);
  }

  private static JsonNode parse(Response response) {
    try {
      return MAPPER.readTree(response.asString());
    } catch (Exception e) {
      throw new AssertionError("Not JSON: " + response.asString(), e);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
