package org.civicbroker.broker.notification;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.civicbroker.broker.config.NotificationConfig;
import org.civicbroker.broker.notification.delivery.Transports;
import org.civicbroker.broker.notification.dispatch.OutboxNotifier;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.notification.outbox.embedded.EmbeddedNotificationOutbox;
import org.civicbroker.broker.notification.outbox.mongo.MongoNotificationOutbox;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.broker.storage.embedded.EmbeddedOptions;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;

/**
 * A running {@link OutboxNotifier} with a recording listener and its own Vert.x, on the MongoDB
 * test server ({@link #start}, where {@link #another} adds a second broker on the same store) or on
 * the embedded store in a directory ({@link #onEmbedded}).
 */
public final class NotifierHarness implements AutoCloseable {
  private final AutoCloseable store;
  private final Vertx vertx;
  private final boolean owner;
  public final RecordingListener listener = new RecordingListener();
  public final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  public final NotificationOutbox outbox;
  public final Transports transports;
  public final OutboxNotifier notifier;

  private NotifierHarness(
      NotificationOutbox outbox,
      AutoCloseable store,
      Vertx vertx,
      boolean owner,
      Map<String, String> settings,
      String name) {
    this.store = store;
    this.vertx = vertx;
    this.owner = owner;
    NotificationConfig config = TestConfigs.fast(settings);
    this.outbox = outbox;
    this.transports = new Transports(vertx, config);
    this.notifier =
        new OutboxNotifier(
            vertx, outbox, transports, listener, registry, config, name, Clock.systemUTC());
    notifier.start();
  }

  /** A broker on a fresh MongoDB test server. */
  public static NotifierHarness start(Map<String, String> settings) {
    TestMongo mongo = TestMongo.memory();
    return new NotifierHarness(
        new MongoNotificationOutbox(mongo.databases()),
        mongo,
        Vertx.vertx(),
        true,
        settings,
        "broker-a");
  }

  /** A broker on the embedded store in {@code directory}, which it closes when it closes. */
  public static NotifierHarness onEmbedded(Path directory, Map<String, String> settings) {
    EmbeddedStorage storage = EmbeddedStorage.open(directory, EmbeddedOptions.forTests());
    return new NotifierHarness(
        new EmbeddedNotificationOutbox(storage),
        storage,
        Vertx.vertx(),
        true,
        settings,
        "broker-a");
  }

  /** A second broker sharing this one's store and Vert.x. */
  public NotifierHarness another(Map<String, String> settings) {
    return new NotifierHarness(outbox, store, vertx, false, settings, "broker-b");
  }

  public io.vertx.core.Vertx vertx() {
    return vertx.getDelegate();
  }

  public void enqueue(Notification notification) {
    notifier.enqueue(notification).await().atMost(Duration.ofSeconds(10));
  }

  public long pending() {
    return outbox.count().await().atMost(Duration.ofSeconds(10));
  }

  public double counter(String name) {
    return registry.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
  }

  @Override
  public void close() {
    notifier.stop();
    if (owner) {
      vertx.closeAndAwait();
      try {
        store.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
