package org.civicbroker.broker.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.civicbroker.broker.notification.TestReceiver;
import org.junit.jupiter.api.Test;

/**
 * Export and import ({@code /admin/export}, {@code /admin/import}) in the running application on
 * the embedded store: the line format, system times kept, bad lines reported, existing ids skipped
 * or replaced, files confined to the import directory, and no notification from an import.
 */
@QuarkusTest
@TestProfile(TransferApiTest.SmallBatches.class)
class TransferApiTest {
  /**
   * Imports in batches of 3 lines, so the fixtures span several batches; also an application of its
   * own, so the notification sent here does not show in other tests' delivery metrics.
   */
  public static class SmallBatches implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("broker.import.batch-size", "3");
    }
  }

  private static final String ENTITIES = "/ngsi-ld/v1/entities";
  private static final String SUBSCRIPTIONS = "/ngsi-ld/v1/subscriptions";
  private static final Path IMPORTS = Path.of("target/test-imports");

  @Inject Vertx vertx;

  @Test
  void exportStreamsExpandedEntitiesWithTheirTimesThenSubscriptions() {
    String tenant = AdminFixtures.unique("export");
    String id = "urn:ngsi-ld:Sensor:" + tenant;
    String subscription = "urn:ngsi-ld:Subscription:" + tenant;
    create(tenant, ENTITIES, "sensor.jsonld", id);
    create(tenant, SUBSCRIPTIONS, "subscription.jsonld", subscription);

    Response export = given().queryParam("tenant", tenant).get("/admin/export");

    export.then().statusCode(200).contentType("application/x-ndjson");
    List<ObjectNode> lines = AdminFixtures.lines(export.asString());
    assertThat(lines).hasSize(2);
    ObjectNode entityLine = lines.get(0);
    assertThat(entityLine.get("tenant").asText()).isEqualTo(tenant);
    JsonNode entity = entityLine.get("entity");
    assertThat(entity.get("id").asText()).isEqualTo(id);
    assertThat(entity.get("type").asText()).isEqualTo("https://example.org/Sensor");
    assertThat(entity.has("createdAt")).isTrue();
    assertThat(entity.get("https://example.org/category").get("vocab").asText())
        .isEqualTo("https://example.org/Outdoor");
    assertThat(entity.get("https://example.org/temperature").get(0).has("modifiedAt")).isTrue();
    assertThat(entity.has("location")).isTrue(); // a core term stays a term
    assertThat(entity).isEqualTo(retrieve(tenant, id));

    ObjectNode subscriptionLine = lines.get(1);
    assertThat(subscriptionLine.get("subscription").get("id").asText()).isEqualTo(subscription);
    assertThat(subscriptionLine.get("subscription").get("watchedAttributes").get(0).asText())
        .isEqualTo("https://example.org/temperature");
    assertThat(subscriptionLine.get("context").isArray()).isTrue();
    assertThat(subscriptionLine.get("q").get("text").asText())
        .isEqualTo("temperature>20;category==Outdoor");
  }

  @Test
  void theTenantHeaderSelectsATenantAndAnUnknownTenantIsNotFound() {
    String tenant = AdminFixtures.unique("header");
    create(tenant, ENTITIES, "room.jsonld", "urn:ngsi-ld:Room:" + tenant, "1");

    String export = given().header("NGSILD-Tenant", tenant).get("/admin/export").asString();
    assertThat(AdminFixtures.lines(export)).hasSize(1);

    given()
        .queryParam("tenant", AdminFixtures.unique("nobody"))
        .get("/admin/export")
        .then()
        .statusCode(404)
        .body("type", org.hamcrest.Matchers.endsWith("NonexistentTenant"));
  }

  @Test
  void exportWithoutTenantHoldsEveryTenant() {
    String first = AdminFixtures.unique("all-a");
    String second = AdminFixtures.unique("all-b");
    create(first, ENTITIES, "room.jsonld", "urn:ngsi-ld:Room:" + first, "1");
    create(second, ENTITIES, "room.jsonld", "urn:ngsi-ld:Room:" + second, "2");

    List<String> tenants =
        AdminFixtures.lines(given().get("/admin/export").asString()).stream()
            .map(l -> l.get("tenant").asText())
            .toList();

    assertThat(tenants).contains(first, second);
  }

  @Test
  void importKeepsTimesReportsBadLinesAndSkipsWhatExists() throws IOException {
    String tenant = AdminFixtures.unique("import");
    String file = tenant + ".ndjson";
    Files.createDirectories(IMPORTS);
    Files.writeString(
        IMPORTS.resolve(file),
        AdminFixtures.load("import-mixed.ndjson", Map.of("tenant", tenant, "id", tenant)));

    JsonNode summary = importFile(file, null);

    assertThat(summary.get("entities").asInt()).isEqualTo(2);
    assertThat(summary.get("subscriptions").asInt()).isEqualTo(1);
    assertThat(summary.get("skipped").asInt()).isZero();
    assertThat(summary.get("failed").asInt()).isEqualTo(3);
    assertThat(summary.get("errors").findValuesAsText("line")).containsExactly("3", "4", "7");
    JsonNode room = retrieve(tenant, "urn:ngsi-ld:Room:" + tenant + "-1");
    assertThat(room.get("createdAt").asText()).isEqualTo("2020-01-02T03:04:05.678Z");
    assertThat(room.get("modifiedAt").asText()).isEqualTo("2021-02-03T04:05:06Z");
    JsonNode accuracy =
        room.get("https://example.org/temperature").get("https://example.org/accuracy");
    assertThat(accuracy.get("modifiedAt").asText()).isEqualTo("2020-06-01T00:00:00Z");
    JsonNode subscription =
        given()
            .header("NGSILD-Tenant", tenant)
            .queryParam("options", "sysAttrs")
            .get(SUBSCRIPTIONS + "/urn:ngsi-ld:Subscription:" + tenant)
            .then()
            .statusCode(200)
            .extract()
            .as(JsonNode.class);
    assertThat(subscription.get("createdAt").asText()).isEqualTo("2020-01-02T03:04:05Z");
    assertThat(queryCount(tenant)).isEqualTo(2); // the index has them

    JsonNode again = importFile(file, null);
    assertThat(again.get("entities").asInt()).isZero();
    assertThat(again.get("subscriptions").asInt()).isZero();
    assertThat(again.get("skipped").asInt()).isEqualTo(3);
  }

  @Test
  void replaceModeOverwritesAndAnExportImportsBackUnchanged() {
    String tenant = AdminFixtures.unique("replace");
    String id = "urn:ngsi-ld:Sensor:" + tenant;
    create(tenant, ENTITIES, "sensor.jsonld", id);
    create(tenant, SUBSCRIPTIONS, "subscription.jsonld", "urn:ngsi-ld:Subscription:" + tenant);
    JsonNode before = retrieve(tenant, id);
    String export = given().queryParam("tenant", tenant).get("/admin/export").asString();
    given()
        .header("NGSILD-Tenant", tenant)
        .contentType("application/json")
        .body("{\"https://example.org/temperature\": {\"type\": \"Property\", \"value\": 40}}")
        .patch(ENTITIES + "/" + id + "/attrs")
        .then()
        .statusCode(204);

    JsonNode skipped = importBody(export, null);
    assertThat(skipped.get("skipped").asInt()).as(skipped.toString()).isEqualTo(2);
    JsonNode replaced = importBody(export, "replace");

    assertThat(replaced.get("entities").asInt()).isEqualTo(1);
    assertThat(replaced.get("subscriptions").asInt()).isEqualTo(1);
    assertThat(retrieve(tenant, id)).isEqualTo(before);
  }

  @Test
  void anImportNotifiesNobody() {
    String tenant = AdminFixtures.unique("quiet");
    try (TestReceiver receiver = TestReceiver.start(vertx.getDelegate(), TestReceiver.ok())) {
      String subscription =
          "{\"type\": \"Subscription\", \"entities\": [{\"type\": \"https://example.org/Room\"}],"
              + " \"notification\": {\"endpoint\": {\"uri\": \""
              + receiver.url("/notify")
              + "\"}}}";
      given()
          .header("NGSILD-Tenant", tenant)
          .contentType("application/json")
          .body(subscription)
          .post(SUBSCRIPTIONS)
          .then()
          .statusCode(201);
      String imported = "urn:ngsi-ld:Room:" + tenant + "-imported";
      String line =
          "{\"tenant\": \""
              + tenant
              + "\", \"entity\": {\"id\": \""
              + imported
              + "\", \"type\": \"https://example.org/Room\"}}";
      assertThat(importBody(line, null).get("entities").asInt()).isEqualTo(1);

      String created = "urn:ngsi-ld:Room:" + tenant + "-created";
      create(tenant, ENTITIES, "room.jsonld", created, "5");

      await().atMost(Duration.ofSeconds(20)).until(() -> receiver.acceptedCount() >= 1);
      await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
      List<String> bodies = receiver.requests().stream().map(r -> new String(r.body())).toList();
      assertThat(bodies).hasSize(1);
      assertThat(bodies.get(0)).contains(created).doesNotContain(imported);
    }
  }

  @Test
  void onlyFilesInsideTheImportDirectoryAreRead() throws IOException {
    Files.createDirectories(IMPORTS);
    given().queryParam("file", "../pom.xml").post("/admin/import").then().statusCode(400);
    given().queryParam("file", "/etc/passwd").post("/admin/import").then().statusCode(400);
    given().queryParam("file", "no-such-file.ndjson").post("/admin/import").then().statusCode(404);
    given().post("/admin/import").then().statusCode(400);
    given().queryParam("mode", "merge").body("{}").post("/admin/import").then().statusCode(400);
  }

  private static void create(String tenant, String path, String fixture, String id) {
    create(tenant, path, fixture, id, "0");
  }

  private static void create(String tenant, String path, String fixture, String id, String value) {
    given()
        .header("NGSILD-Tenant", tenant)
        .contentType("application/ld+json")
        .body(
            AdminFixtures.load(fixture, Map.of("id", id, "value", value))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post(path)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201);
  }

  private static JsonNode retrieve(String tenant, String id) {
    return given()
        .header("NGSILD-Tenant", tenant)
        .queryParam("options", "sysAttrs")
        .get(ENTITIES + "/" + id)
        .then()
        .statusCode(200)
        .extract()
        .as(JsonNode.class);
  }

  private static int queryCount(String tenant) {
    return given()
        .header("NGSILD-Tenant", tenant)
        .queryParam("type", "https://example.org/Room")
        .queryParam("count", "true")
        .get(ENTITIES)
        .then()
        .statusCode(200)
        .extract()
        .header("NGSILD-Results-Count")
        .transform(Integer::parseInt);
  }

  private static JsonNode importFile(String file, String mode) {
    var request = given().queryParam("file", file);
    if (mode != null) {
      request.queryParam("mode", mode);
    }
    return request.post("/admin/import").then().statusCode(200).extract().as(JsonNode.class);
  }

  private static JsonNode importBody(String lines, String mode) {
    var request =
        given()
            .contentType("application/x-ndjson")
            .body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (mode != null) {
      request.queryParam("mode", mode);
    }
    return request.post("/admin/import").then().statusCode(200).extract().as(JsonNode.class);
  }
}
