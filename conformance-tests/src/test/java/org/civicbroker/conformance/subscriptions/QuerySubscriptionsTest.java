package org.civicbroker.conformance.subscriptions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicbroker.conformance.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.8.4 Query Subscriptions (HTTP binding: GET /subscriptions, clause 6.10.3.2), with pagination
 * (clause 5.5.9) and the count of clause 6.3.13. Each test uses a fresh tenant, so only its own
 * subscriptions are listed.
 */
@DisplayName("5.8.4 Query Subscriptions")
class QuerySubscriptionsTest extends SubscriptionTest {

  private List<String> createIn(String tenant, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = newSubscriptionId();
      subscriptionCreated(tenant, id);
      Response response =
          json(subscriptionFixture("minimal.json", id))
              .header(TENANT_HEADER, tenant)
              .post(SUBSCRIPTIONS);
      assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
      ids.add(id);
    }
    return ids;
  }

  private static RequestSpecification in(String tenant) {
    return given().accept(JSON).header(TENANT_HEADER, tenant);
  }

  private static List<String> ids(Response response) {
    List<String> ids = new ArrayList<>();
    Json.parse(response).forEach(s -> ids.add(s.path("id").asText()));
    return ids;
  }

  @Test
  @DisplayName("5.8.4 every subscription of the tenant is listed")
  void listsEverySubscription() {
    String tenant = newTenant();
    List<String> created = createIn(tenant, 3);

    Response response = in(tenant).get(SUBSCRIPTIONS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ids(response)).containsExactlyInAnyOrderElementsOf(created);
    JsonNode first = Json.parse(response).get(0);
    assertThat(first.path("type").asText()).isEqualTo("Subscription");
    assertThat(first.path("status").asText()).isEqualTo("active");
  }

  @Test
  @DisplayName("5.5.9 limit and offset page through all subscriptions, each once")
  void pagesCoverEverySubscriptionOnce() {
    String tenant = newTenant();
    List<String> created = createIn(tenant, 5);

    Set<String> seen = new HashSet<>();
    List<String> all = new ArrayList<>();
    for (int offset = 0; offset < 6; offset += 2) {
      List<String> page =
          ids(in(tenant).queryParam("limit", 2).queryParam("offset", offset).get(SUBSCRIPTIONS));
      assertThat(page.size()).isLessThanOrEqualTo(2);
      all.addAll(page);
      seen.addAll(page);
    }

    assertThat(all).hasSize(5);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  @DisplayName("6.3.13 count=true gives NGSILD-Results-Count; limit=0 lists nothing")
  void countIsInAHeader() {
    String tenant = newTenant();
    createIn(tenant, 3);

    Response counted =
        in(tenant).queryParam("count", true).queryParam("limit", 1).get(SUBSCRIPTIONS);
    Response countOnly =
        in(tenant).queryParam("count", true).queryParam("limit", 0).get(SUBSCRIPTIONS);

    assertThat(counted.header("NGSILD-Results-Count")).isEqualTo("3");
    assertThat(ids(counted)).hasSize(1);
    assertThat(countOnly.header("NGSILD-Results-Count")).isEqualTo("3");
    assertThat(ids(countOnly)).isEmpty();
  }

  @Test
  @DisplayName("6.3.13 pages link to the previous and next page")
  void pagesLinkToTheirNeighbours() {
    String tenant = newTenant();
    createIn(tenant, 3);

    Response middle =
        in(tenant)
            .accept(LD_JSON)
            .queryParam("limit", 1)
            .queryParam("offset", 1)
            .get(SUBSCRIPTIONS);
    Response last =
        in(tenant)
            .accept(LD_JSON)
            .queryParam("limit", 1)
            .queryParam("offset", 2)
            .get(SUBSCRIPTIONS);

    assertThat(middle.headers().getValues("Link"))
        .anySatisfy(
            l -> assertThat(l).contains("limit=1").contains("offset=0").contains("rel=\"prev\""))
        .anySatisfy(
            l -> assertThat(l).contains("limit=1").contains("offset=2").contains("rel=\"next\""));
    assertThat(last.headers().getValues("Link"))
        .noneSatisfy(l -> assertThat(l).contains("rel=\"next\""));
  }

  @Test
  @DisplayName("5.5.9 a negative offset or a malformed limit is BadRequestData")
  void invalidPagingIsRejected() {
    assertProblem(given().queryParam("offset", -1).get(SUBSCRIPTIONS), 400, "BadRequestData");
    assertProblem(given().queryParam("limit", "ten").get(SUBSCRIPTIONS), 400, "BadRequestData");
  }

  @Test
  @DisplayName("6.3.6 application/ld+json lists carry an @context in each subscription")
  void jsonLdListsCarryTheContext() {
    String tenant = newTenant();
    createIn(tenant, 1);

    Response response = in(tenant).accept(LD_JSON).get(SUBSCRIPTIONS);

    assertThat(Json.parse(response).get(0).has("@context")).isTrue();
  }

  @Test
  @DisplayName("4.14 listing an unknown tenant is NonexistentTenant (404)")
  void unknownTenantIs404() {
    assertProblem(in(newTenant()).get(SUBSCRIPTIONS), 404, "NonexistentTenant");
  }
}
