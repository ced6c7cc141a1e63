package org.civicbroker.broker.notification;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.civicbroker.broker.config.NotificationConfig;
import org.civicbroker.broker.notification.delivery.Transports;
import org.civicbroker.broker.notification.dispatch.OutboxNotifier;
import org.civicbroker.broker.notification.outbox.MongoNotificationOutbox;
import org.civicbroker.broker.storage.TestMongo;

/**
 * A running {@link OutboxNotifier} on an embedded in-memory store, with a recording listener and
 * its own Vert.x; {@link #another} adds a second broker on the same store.
 */
public final class NotifierHarness implements AutoCloseable {
  private final TestMongo mongo;
  private final Vertx vertx;
  private final boolean owner;
  public final RecordingListener listener = new RecordingListener();
  public final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  public final MongoNotificationOutbox outbox;
  public final Transports transports;
  public final OutboxNotifier notifier;

  private NotifierHarness(
      TestMongo mongo, Vertx vertx, boolean owner, Map<String, String> settings, String name) {
    this.mongo = mongo;
    this.vertx = vertx;
    this.owner = owner;
    NotificationConfig config = TestConfigs.fast(settings);
    this.outbox = new MongoNotificationOutbox(mongo.databases());
    this.transports = new Transports(vertx, config);
    this.notifier =
        new OutboxNotifier(
            vertx, outbox, transports, listener, registry, config, name, Clock.systemUTC());
    notifier.start();
  }

  public static NotifierHarness start(Map<String, String> settings) {
    return on(TestMongo.memory(), settings);
  }

  /** A broker on the given store, which it closes when it closes. */
  public static NotifierHarness on(TestMongo mongo, Map<String, String> settings) {
    return new NotifierHarness(mongo, Vertx.vertx(), true, settings, "broker-a");
  }

  /** A second broker sharing this one's store and Vert.x. */
  public NotifierHarness another(Map<String, String> settings) {
    return new NotifierHarness(mongo, vertx, false, settings, "broker-b");
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
      mongo.close();
    }
  }
}
