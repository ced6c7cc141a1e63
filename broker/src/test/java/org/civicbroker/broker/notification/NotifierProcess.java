package org.civicbroker.broker.notification;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicbroker.broker.config.NotificationConfig;
import org.civicbroker.broker.notification.delivery.Transports;
import org.civicbroker.broker.notification.dispatch.OutboxNotifier;
import org.civicbroker.broker.notification.outbox.embedded.EmbeddedNotificationOutbox;
import org.civicbroker.broker.storage.embedded.EmbeddedOptions;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;
import org.civicbroker.model.id.Tenant;

/**
 * A broker reduced to its notifier, in a process of its own so that a test can kill it: the
 * embedded store in a directory, the {@link OutboxNotifier} on it. Arguments: data directory,
 * endpoint URL, number of notifications to enqueue. Prints {@code ENQUEUED n} once they are
 * enqueued, {@code RETRY}, {@code FAILED} and {@code DELIVERED} lines from the delivery listener,
 * and, when its standard input closes, {@code REMAINING n} (pending notifications), then ends.
 */
public final class NotifierProcess {
  private NotifierProcess() {}

  public static void main(String[] args) throws IOException {
    EmbeddedStorage storage = EmbeddedStorage.open(Path.of(args[0]), EmbeddedOptions.forTests());
    Vertx vertx = Vertx.vertx();
    NotificationConfig config =
        TestConfigs.fast(
            Map.of(
                "timeout", "1s",
                "outbox.lease", CrashRecoveryTest.LEASE,
                "retry.max-attempts", "1000",
                "retry.backoff-max", "200ms"));
    EmbeddedNotificationOutbox outbox = new EmbeddedNotificationOutbox(storage);
    OutboxNotifier notifier =
        new OutboxNotifier(
            vertx,
            outbox,
            new Transports(vertx, config),
            new Printer(),
            new SimpleMeterRegistry(),
            config,
            "process-" + ProcessHandle.current().pid(),
            Clock.systemUTC());
    notifier.start();
    int count = Integer.parseInt(args[2]);
    List<Uni<Void>> enqueued = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      Endpoint endpoint = TestNotifications.endpoint(args[1]);
      enqueued.add(notifier.enqueue(TestNotifications.of("restart", n, endpoint)));
    }
    if (count > 0) {
      Uni.join().all(enqueued).andFailFast().await().atMost(Duration.ofSeconds(30));
    }
    System.out.println("ENQUEUED " + count);
    while (System.in.read() >= 0) {
      // runs until the test kills it
    }
    System.exit(0); // Mutiny's default executor outside Quarkus has non-daemon threads
  }

  private static final class Printer implements DeliveryListener {
    @Override
    public void delivered(Tenant tenant, String subscriptionId, Instant at) {
      System.out.println("DELIVERED " + subscriptionId);
    }

    @Override
    public void failed(
        Tenant tenant, String subscriptionId, Instant at, String reason, boolean finalAttempt) {
      System.out.println((finalAttempt ? "FAILED " : "RETRY ") + reason);
    }
  }
}
