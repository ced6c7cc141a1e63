package org.civicbroker.broker.wiring.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.entity.store.embedded.EmbeddedEntityStore;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.outbox.NotificationOutbox.Candidate;
import org.civicbroker.broker.notification.outbox.embedded.EmbeddedNotificationOutbox;
import org.civicbroker.broker.storage.embedded.Column;
import org.civicbroker.broker.storage.embedded.Cursor;
import org.civicbroker.broker.storage.embedded.EmbeddedOptions;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;
import org.civicbroker.broker.storage.embedded.EmbeddedTenants;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.embedded.EmbeddedSubscriptionStore;
import org.civicbroker.broker.wiring.EmbeddedAdapters;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;

/** A migrated data directory opened as the broker opens it, through the embedded adapters. */
final class MigratedStore implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(30);

  final EmbeddedStorage storage;
  final EmbeddedTenants tenants;
  final EmbeddedEntityStore entities;
  final EmbeddedSubscriptionStore subscriptions;
  final EmbeddedNotificationOutbox outbox;

  private MigratedStore(EmbeddedStorage storage) {
    this.storage = storage;
    EmbeddedAdapters adapters = EmbeddedAdapters.on(storage);
    this.tenants = adapters.tenants();
    this.outbox = adapters.outbox();
    this.entities = adapters.entities();
    this.subscriptions = adapters.subscriptions();
  }

  static MigratedStore open(Path dataDirectory) {
    return new MigratedStore(EmbeddedStorage.open(dataDirectory, EmbeddedOptions.forTests()));
  }

  List<Tenant> tenantList() {
    return tenants.tenants().await().atMost(WAIT);
  }

  /** The tenant's entities by id. */
  Map<String, Versioned<Entity>> entities(Tenant tenant) {
    return entities.scan(tenant).collect().asList().await().atMost(WAIT).stream()
        .collect(
            Collectors.toMap(v -> v.value().id().value(), v -> v, (a, b) -> a, LinkedHashMap::new));
  }

  /** The tenant's subscriptions by id. */
  Map<String, StoredSubscription> subscriptions(Tenant tenant) {
    return subscriptions.scan(tenant).collect().asList().await().atMost(WAIT).stream()
        .collect(
            Collectors.toMap(s -> s.subscription().id(), s -> s, (a, b) -> a, LinkedHashMap::new));
  }

  long pendingNotifications() {
    return outbox.count().await().atMost(WAIT);
  }

  /**
   * Every key and value of the store, hex, by column (tenants by name only: their value is the time
   * they were recorded): two stores with equal dumps hold the same data, byte for byte.
   */
  Map<String, Map<String, String>> dump() {
    Map<String, Map<String, String>> dump = new TreeMap<>();
    HexFormat hex = HexFormat.of();
    for (Column column : Column.values()) {
      Map<String, String> entries = new TreeMap<>();
      try (Cursor cursor = storage.scan(column, new byte[0])) {
        cursor.forEachRemaining(
            e ->
                entries.put(
                    hex.formatHex(e.key()),
                    column == Column.TENANTS || column == Column.OUTBOX
                        ? ""
                        : hex.formatHex(e.value())));
      }
      dump.put(column.name(), entries);
    }
    return dump;
  }

  /** Each pending notification, described in a stable order; claims them (call last). */
  Map<String, String> notifications() {
    Instant now = Instant.now();
    Map<String, String> described = new TreeMap<>();
    for (Candidate c :
        outbox.due(Instant.parse("9999-01-01T00:00:00Z"), Set.of(), 100_000).await().atMost(WAIT)) {
      PendingNotification p =
          outbox.claim(c.id(), "test", now, now).await().atMost(WAIT).orElseThrow();
      Notification n = p.notification();
      described.put(
          p.id(),
          String.join(
              " ",
              String.valueOf(n.tenant()),
              n.subscriptionId(),
              n.endpoint().toString(),
              HexFormat.of().formatHex(n.body()),
              n.contentType(),
              new TreeMap<>(n.headers()).toString(),
              n.notifiedAt().toString(),
              Integer.toString(p.attempts()),
              p.createdAt().toString(),
              p.dueAt().toString()));
    }
    return described;
  }

  @Override
  public void close() {
    storage.close();
  }
}
