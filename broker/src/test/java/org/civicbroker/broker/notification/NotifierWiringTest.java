package org.civicbroker.broker.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The application's {@link Notifier} delivers through its store, with metrics. */
@QuarkusTest
class NotifierWiringTest {
  @Inject Notifier notifier;
  @Inject Vertx vertx;

  @Test
  void theApplicationNotifierDeliversAndCounts() {
    try (TestReceiver receiver = TestReceiver.start(vertx, TestReceiver.ok())) {
      Notification notification =
          TestNotifications.of("wiring", 1, TestNotifications.endpoint(receiver.url("/n")));

      notifier.enqueue(notification).await().atMost(Duration.ofSeconds(30));

      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.acceptedCount() == 1);
      assertThat(receiver.requests().get(0).body()).isEqualTo(notification.body());
    }
    given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("ngsild_notifications_sent_total{scheme=\"http\"} 1.0"))
        .body(containsString("ngsild_notifications_queued"));
  }
}
