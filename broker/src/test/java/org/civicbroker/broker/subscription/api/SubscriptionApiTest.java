package org.civicbroker.broker.subscription.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.civicbroker.broker.subscription.SubscriptionFixtures;
import org.civicbroker.broker.subscription.registry.ActiveSubscriptions;
import org.civicbroker.broker.subscription.status.SubscriptionStatusRecorder;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/** The subscription endpoints (clause 5.8) in the running application. */
@QuarkusTest
class SubscriptionApiTest {
  private static final String BASE = "/ngsi-ld/v1/subscriptions";
  private static final String ERRORS = "https://uri.etsi.org/ngsi-ld/errors/";

  @Inject ActiveSubscriptions registry;
  @Inject SubscriptionStatusRecorder recorder;

  private static String fixture(String name, String id) {
    String resource = "/subscriptions/api/" + name;
    try (InputStream in = SubscriptionApiTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${id}", id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response post(String fixture, String id, String contentType) {
    return given().contentType(contentType).body(fixture(fixture, id)).post(BASE);
  }

  private static String createMinimal() {
    String id = SubscriptionFixtures.newId();
    post("minimal.json", id, "application/json").then().statusCode(201);
    return id;
  }

  @Test
  void createdSubscriptionIsRetrievedCompactedWithItsStatus() {
    String id = SubscriptionFixtures.newId();

    post("building.jsonld", id, "application/ld+json")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith(BASE + "/" + id));

    JsonPath expanded =
        given()
            .accept("application/json")
            .get(BASE + "/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(expanded.getString("entities[0].type")).isEqualTo("https://example.org/Building");
    assertThat(expanded.getString("q")).isEqualTo("https://example.org/temperature>20");
    assertThat(expanded.getString("status")).isEqualTo("active");
    assertThat(expanded.getString("notification.format")).isEqualTo("keyValues");
    assertThat(expanded.getMap("notification")).doesNotContainKeys("timesSent", "status");

    Response ld = given().accept("application/ld+json").get(BASE + "/" + id);
    ld.then().statusCode(200).contentType("application/ld+json");
    assertThat(ld.asString()).startsWith("{\"@context\":");
    assertThat(registry.get(Tenant.DEFAULT, id)).isPresent();
  }

  @Test
  void anIdIsGeneratedWhenNoneIsGivenAndDuplicatesConflict() {
    String location =
        given()
            .contentType("application/json")
            .body(fixture("without-id.json", ""))
            .post(BASE + "/")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    assertThat(location).contains(BASE + "/urn:ngsi-ld:Subscription:");

    String id = createMinimal();
    post("minimal.json", id, "application/json")
        .then()
        .statusCode(409)
        .contentType("application/json")
        .body("type", equalTo(ERRORS + "AlreadyExists"));
  }

  @Test
  void invalidSubscriptionsAreBadRequestData() {
    post("timeinterval-and-watched.json", SubscriptionFixtures.newId(), "application/json")
        .then()
        .statusCode(400)
        .body("type", equalTo(ERRORS + "BadRequestData"))
        .body("detail", startsWith("'timeInterval' and 'watchedAttributes'"));
    given()
        .contentType("application/json")
        .body("{not json")
        .post(BASE)
        .then()
        .statusCode(400)
        .body("type", equalTo(ERRORS + "InvalidRequest"));
    given()
        .get(BASE + "/not-a-uri")
        .then()
        .statusCode(400)
        .body("type", equalTo(ERRORS + "BadRequestData"));
  }

  @Test
  void anUnavailableJsonldContextIsLdContextNotAvailable() {
    post("unavailable-context.json", SubscriptionFixtures.newId(), "application/json")
        .then()
        .statusCode(503)
        .body("type", equalTo(ERRORS + "LdContextNotAvailable"));
  }

  @Test
  void updateChangesTheListedMembers() {
    String id = createMinimal();

    given()
        .contentType("application/json")
        .body(fixture("pause.json", id))
        .patch(BASE + "/" + id)
        .then()
        .statusCode(204);

    given()
        .get(BASE + "/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("paused"))
        .body("isActive", equalTo(false))
        .body("notification.format", equalTo("concise"))
        .body("notification.endpoint.uri", equalTo("http://127.0.0.1:9/notify"));
    assertThat(registry.get(Tenant.DEFAULT, id).orElseThrow().active()).isFalse();
    given()
        .contentType("application/json")
        .body(fixture("remove-endpoint.json", id))
        .patch(BASE + "/" + id)
        .then()
        .statusCode(400)
        .body("detail", startsWith("notification.endpoint: is required"));
    given()
        .contentType("application/json")
        .body("{}")
        .patch(BASE + "/" + SubscriptionFixtures.newId())
        .then()
        .statusCode(404)
        .body("type", equalTo(ERRORS + "ResourceNotFound"));
    given().contentType("application/json").body("{}").patch(BASE).then().statusCode(405);
  }

  @Test
  void deleteRemovesFromStoreAndRegistry() {
    String id = createMinimal();

    given().delete(BASE + "/" + id).then().statusCode(204);

    given().get(BASE + "/" + id).then().statusCode(404);
    given().delete(BASE + "/" + id).then().statusCode(404);
    assertThat(registry.get(Tenant.DEFAULT, id)).isEmpty();
  }

  @Test
  void listPagesWithCountAndLinks() {
    String tenant = "subsapi" + System.nanoTime();
    for (int i = 0; i < 3; i++) {
      given()
          .header("NGSILD-Tenant", tenant)
          .contentType("application/json")
          .body(fixture("minimal.json", SubscriptionFixtures.newId()))
          .post(BASE)
          .then()
          .statusCode(201);
    }

    Response middle =
        given()
            .header("NGSILD-Tenant", tenant)
            .accept("application/ld+json")
            .queryParam("limit", 1)
            .queryParam("offset", 1)
            .queryParam("count", true)
            .get(BASE);

    middle.then().statusCode(200).header("NGSILD-Results-Count", "3");
    assertThat(middle.jsonPath().getList("$")).hasSize(1);
    assertThat(middle.headers().getValues("Link"))
        .contains(
            "</ngsi-ld/v1/subscriptions?limit=1&offset=0>;rel=\"prev\";type=\"application/ld+json\"",
            "</ngsi-ld/v1/subscriptions?limit=1&offset=2>;rel=\"next\";type=\"application/ld+json\"");
    Response all = given().header("NGSILD-Tenant", tenant).get(BASE);
    assertThat(all.jsonPath().getList("id")).hasSize(3);
    assertThat(all.headers().getValues("Link")).hasSize(1);
    given()
        .header("NGSILD-Tenant", "nosuch" + System.nanoTime())
        .get(BASE)
        .then()
        .statusCode(404)
        .body("type", equalTo(ERRORS + "NonexistentTenant"));
    given().accept("application/geo+json").get(BASE).then().statusCode(406);
  }

  @Test
  void deliveryStatusIsShownBeforeAndAfterItIsStored() {
    String id = createMinimal();
    Instant t = Instant.parse("2025-05-01T10:00:00Z");
    recorder.delivered(Tenant.DEFAULT, id, t);
    recorder.failed(Tenant.DEFAULT, id, t.plusSeconds(1), "HTTP 500", true);

    for (int round = 0; round < 2; round++) {
      given()
          .get(BASE + "/" + id)
          .then()
          .statusCode(200)
          .body("notification.timesSent", equalTo(2))
          .body("notification.timesFailed", equalTo(1))
          .body("notification.lastSuccess", equalTo("2025-05-01T10:00:00Z"))
          .body("notification.lastFailure", equalTo("2025-05-01T10:00:01Z"))
          .body("notification.lastNotification", equalTo("2025-05-01T10:00:01Z"))
          .body("notification.status", equalTo("failed"));
      recorder.flush().await().indefinitely();
    }
    given()
        .queryParam("options", "sysAttrs")
        .get(BASE + "/" + id)
        .then()
        .body("createdAt", startsWith("20"))
        .body("modifiedAt", startsWith("20"));
    assertThat(given().get(BASE).jsonPath().getList("id", String.class)).contains(id);
    given().get(BASE).then().body("id", hasItem(id));
  }
}
