package org.civicbroker.broker.notification.outbox.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.TestNotifications;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/** Outbox record bytes: the current layout, the earlier one still read, damage refused. */
class OutboxRecordsTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = OutboxRecordsTest.class.getResourceAsStream("/outbox/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aRecordOfLayoutOneIsStillRead() throws IOException {
    OutboxRecord record = OutboxRecords.decode(fixture("layout-1-record.bin"));

    PendingNotification p = record.pending();
    assertThat(p.id()).isEqualTo("urn:ngsi-ld:Notification:layout-1");
    assertThat(p.notification().tenant()).isEqualTo(new Tenant("madrid"));
    assertThat(p.notification().subscriptionId()).isEqualTo("urn:ngsi-ld:Subscription:s1");
    assertThat(p.notification().endpoint().uri())
        .hasToString("mqtt://user:pw@broker.example:1884/city/air");
    assertThat(p.notification().endpoint().receiverInfo())
        .isEqualTo(Map.of("X.Dotted.Key", "a\u00e9\u4e2d"));
    assertThat(p.notification().endpoint().notifierInfo()).isEqualTo(Map.of("MQTT-QoS", "1"));
    assertThat(TestNotifications.idOf(p.notification().body())).isEqualTo(p.id());
    assertThat(p.notification().headers()).isEqualTo(Map.of("Link", "<x>; rel=\"y\""));
    assertThat(p.notification().notifiedAt())
        .isEqualTo(Instant.parse("2024-05-01T10:00:00.123456789Z"));
    assertThat(p.attempts()).isEqualTo(2);
    assertThat(p.createdAt()).isEqualTo(T0);
    assertThat(p.dueAt()).isEqualTo(T0.plusSeconds(20));
    assertThat(p.claimedUntil()).isEqualTo(T0.plusSeconds(30));
    assertThat(record.claimedBy()).isEqualTo("broker-a");
    assertThat(record.lastError()).isEqualTo("HTTP 503");
    assertThat(OutboxRecords.subscriptionOf(fixture("layout-1-record.bin")))
        .containsExactly("madrid", "urn:ngsi-ld:Subscription:s1");
  }

  @Test
  void theCurrentLayoutRoundTripsTheSameRecord() throws IOException {
    OutboxRecord record = OutboxRecords.decode(fixture("layout-1-record.bin"));

    byte[] encoded = OutboxRecords.encode(record);

    assertThat(encoded[0]).isEqualTo((byte) 2);
    assertThat(OutboxRecords.decode(encoded)).usingRecursiveComparison().isEqualTo(record);
    assertThat(OutboxRecords.subscriptionOf(encoded))
        .containsExactly("madrid", "urn:ngsi-ld:Subscription:s1");
  }

  @Test
  void otherLayoutsAndTruncatedRecordsAreRefused() throws IOException {
    byte[] encoded = OutboxRecords.encode(OutboxRecords.decode(fixture("layout-1-record.bin")));
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
