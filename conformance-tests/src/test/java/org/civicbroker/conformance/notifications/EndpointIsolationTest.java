package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: an endpoint that never answers must not hold up the notifications of other
 * subscriptions. Two subscriptions watch the same entity, one notifying an endpoint that accepts
 * connections and never answers, the other a healthy receiver: every change reaches the healthy
 * one, while the hanging one has not even been sent all of them.
 */
@DisplayName("Endpoint isolation: a hanging endpoint does not delay others")
class EndpointIsolationTest extends NotificationTest {
  private static final int CHANGES = 30;

  @Test
  @DisplayName("5.8.6 all notifications reach the healthy endpoint while another one hangs")
  void hangingEndpointDoesNotDelayOthers() throws Exception {
    String entity = createEntity("building.json");
    HangingEndpoint hanging = closeLater(HangingEndpoint.start());
    NotificationReceiver healthy = receiver();
    subscribe(subscription("watching-air-quality.json", hanging.url("/hang")));
    subscribe(subscription("watching-air-quality.json", healthy.url("/healthy")));

    for (int value = 100; value < 100 + CHANGES; value++) {
      setAirQuality(entity, value);
    }

    Set<Integer> values =
        await(healthy, CHANGES).stream()
            .map(b -> onlyEntity(b).path("airQualityLevel").path("value").asInt())
            .collect(Collectors.toSet());
    int hangingRequests = hanging.requests();
    assertThat(values).hasSize(CHANGES);
    assertThat(hangingRequests).as("requests the hanging endpoint got").isLessThan(CHANGES);
  }

  @Test
  @DisplayName("5.8.6 a failing endpoint (500) does not delay others either")
  void failingEndpointDoesNotDelayOthers() {
    String entity = createEntity("building.json");
    NotificationReceiver failing = receiver();
    failing.respondWith(500);
    NotificationReceiver healthy = receiver();
    subscribe(subscription("watching-air-quality.json", failing.url("/fail")));
    subscribe(subscription("watching-air-quality.json", healthy.url("/healthy")));

    for (int value = 100; value < 100 + CHANGES; value++) {
      setAirQuality(entity, value);
    }

    Set<JsonNode> bodies = Set.copyOf(await(healthy, CHANGES));
    assertThat(bodies).hasSize(CHANGES);
  }
}
