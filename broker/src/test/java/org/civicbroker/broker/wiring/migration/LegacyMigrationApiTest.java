package org.civicbroker.broker.wiring.migration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.broker.storage.legacy.LegacyFixture.CITY_TENANT;
import static org.civicbroker.broker.storage.legacy.LegacyFixture.DEFAULT_TENANT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.civicbroker.broker.storage.legacy.LegacyFixture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application started on a data directory of the former embedded engine (a copy of the
 * legacy-h2 fixture): it migrates the store as it opens it, and the API then shows every entity and
 * subscription as the former broker showed them before it was stopped.
 */
@QuarkusTest
@TestProfile(LegacyDataProfile.class)
class LegacyMigrationApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "/ngsi-ld/v1";

  /** Members that move on as the migrated outbox is delivered (to an endpoint that refuses). */
  private static final List<String> DELIVERY =
      List.of(
          "timesSent", "timesFailed", "lastNotification", "lastSuccess", "lastFailure", "status");

  @ConfigProperty(name = "broker.storage.path")
  String dataDirectory;

  @Test
  void theDataDirectoryHoldsTheMigratedStoreAndTheLegacyFile() {
    Path dir = Path.of(dataDirectory);
    assertThat(dir.resolve("FORMAT")).exists();
    assertThat(dir.resolve("broker.mv.db")).doesNotExist();
    assertThat(dir.resolve("legacy-h2/broker.mv.db")).exists();
    assertThat(MigrationSummary.read(dir.resolve("legacy-h2/MIGRATED")).entities()).isEqualTo(7);
  }

  @ParameterizedTest
  @ValueSource(strings = {DEFAULT_TENANT, CITY_TENANT})
  void everyEntityReadsAsTheFormerBrokerShowedIt(String tenant) throws IOException {
    for (Map.Entry<String, JsonNode> expected : LegacyFixture.entityJson(tenant).entrySet()) {
      String body =
          request(tenant)
              .get(BASE + "/entities/{id}?options=sysAttrs", expected.getKey())
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertSameJson(JSON.readTree(body), expected.getValue(), expected.getKey());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {DEFAULT_TENANT, CITY_TENANT})
  void queriesFindTheMigratedEntities(String tenant) throws IOException {
    List<String> sensors =
        LegacyFixture.entityJson(tenant).values().stream()
            .filter(e -> e.get("type").asText().equals("Sensor"))
            .map(e -> e.get("id").asText())
            .toList();
    String body =
        request(tenant)
            .queryParam("type", "Sensor")
            .get(BASE + "/entities")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(JSON.readTree(body).findValuesAsText("id"))
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(sensors);
  }

  @ParameterizedTest
  @ValueSource(strings = {DEFAULT_TENANT, CITY_TENANT})
  void everySubscriptionReadsAsTheFormerBrokerShowedIt(String tenant) throws IOException {
    for (Map.Entry<String, JsonNode> expected : LegacyFixture.subscriptions(tenant).entrySet()) {
      String body =
          request(tenant)
              .get(BASE + "/subscriptions/{id}?options=sysAttrs", expected.getKey())
              .then()
              .statusCode(200)
              .extract()
              .asString();
      JsonNode shown = JSON.readTree(body);
      JsonNode before = expected.getValue().get("notification");
      assertThat(shown.get("notification").path("timesSent").asLong())
          .isGreaterThanOrEqualTo(before.path("timesSent").asLong());
      assertSameJson(
          withoutDelivery(shown), withoutDelivery(expected.getValue()), expected.getKey());
    }
  }

  /**
   * Equal JSON, numbers compared by value: the expected files went through {@code jq}, which writes
   * {@code 13.0} as {@code 13}.
   */
  private static void assertSameJson(JsonNode shown, JsonNode expected, String id) {
    assertThat(shown.equals(NUMBERS_BY_VALUE, expected))
        .as("%s%n shown:    %s%n expected: %s", id, shown, expected)
        .isTrue();
  }

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  private static JsonNode withoutDelivery(JsonNode subscription) {
    ObjectNode copy = subscription.deepCopy();
    ((ObjectNode) copy.get("notification")).remove(DELIVERY);
    return copy;
  }

  private static RequestSpecification request(String tenant) {
    RequestSpecification request = given().accept("application/json");
    return tenant.equals(DEFAULT_TENANT) ? request : request.header("NGSILD-Tenant", tenant);
  }
}
