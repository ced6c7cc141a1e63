package org.civicbroker.broker.notification.outbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.civicbroker.broker.notification.Endpoint;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/** Outbox record bytes: exact round trip, the delivery state read alone, damage refused. */
class OutboxRecordsTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  private static OutboxRecord record(String receiverValue) {
    Endpoint endpoint =
        new Endpoint(
            URI.create("mqtt://user:pw@broker.example:1884/city/air"),
            "application/json",
            Map.of("X.Dotted.Key", receiverValue),
            Map.of("MQTT-QoS", "1"));
    Notification n =
        new Notification(
            "urn:ngsi-ld:Notification:record",
            new Tenant("madrid"),
            "urn:ngsi-ld:Subscription:s1",
            endpoint,
            "{\"id\":\"urn:ngsi-ld:Notification:record\"}".getBytes(),
            "application/json",
            Map.of("Link", "<x>; rel=\"y\""),
            Instant.parse("2024-05-01T10:00:00.123456789Z"));
    PendingNotification p =
        new PendingNotification(n, 2, T0, T0.plusSeconds(20), T0.plusSeconds(30));
    return new OutboxRecord(p, "broker-a", "HTTP 503");
  }

  @Test
  void aRecordRoundTripsExactly() {
    OutboxRecord record = record("a\u00e9\u4e2d");

    byte[] encoded = OutboxRecords.encode(record);

    assertThat(encoded[0]).isEqualTo((byte) 2);
    assertThat(OutboxRecords.decode(encoded)).usingRecursiveComparison().isEqualTo(record);
  }

  @Test
  void stringsLongerThanModifiedUtf8AllowsRoundTrip() {
    OutboxRecord record = record("v".repeat(200_000));

    assertThat(OutboxRecords.decode(OutboxRecords.encode(record)))
        .usingRecursiveComparison()
        .isEqualTo(record);
  }

  @Test
  void theDeliveryStateAndSubscriptionAreReadWithoutTheRest() {
    byte[] encoded = OutboxRecords.encode(record("x"));

    assertThat(OutboxRecords.availableAt(encoded)).isEqualTo(T0.plusSeconds(30).toEpochMilli());
    assertThat(OutboxRecords.claimedBy(encoded)).isEqualTo("broker-a");
    assertThat(OutboxRecords.subscriptionOf(encoded))
        .containsExactly("madrid", "urn:ngsi-ld:Subscription:s1");
    byte[] released = OutboxRecords.encode(record("x").released());
    assertThat(OutboxRecords.availableAt(released)).isEqualTo(T0.plusSeconds(20).toEpochMilli());
    assertThat(OutboxRecords.claimedBy(released)).isNull();
  }

  @Test
  void otherLayoutsAndTruncatedRecordsAreRefused() {
    byte[] encoded = OutboxRecords.encode(record("x"));
    byte[] otherLayout = encoded.clone();
    otherLayout[0] = 3;

    assertThatThrownBy(() -> OutboxRecords.decode(otherLayout))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutboxRecords.decode(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    for (int length : new int[] {1, 5, encoded.length / 2, encoded.length - 1}) {
      assertThatThrownBy(() -> OutboxRecords.decode(Arrays.copyOf(encoded, length)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
