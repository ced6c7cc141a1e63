package org.civicbroker.broker.wiring;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.civicbroker.broker.entity.store.mongo.MongoPendingRecovery;
import org.jboss.logging.Logger;

/**
 * On MongoDB, recovers committed notifications left in entities ({@link MongoPendingRecovery}) at
 * start and every minute after. Nothing runs with the embedded store, whose commits include the
 * outbox itself.
 */
@ApplicationScoped
public class MongoRecoveryTimer {
  private static final Logger LOG = Logger.getLogger(MongoRecoveryTimer.class);
  private static final Duration PERIOD = Duration.ofMinutes(1);

  private final StorageMode mode;
  private final StorageWiring wiring;
  private final Vertx vertx;
  private long timer = -1;

  @Inject
  MongoRecoveryTimer(StorageMode mode, StorageWiring wiring, Vertx vertx) {
    this.mode = mode;
    this.wiring = wiring;
    this.vertx = vertx;
  }

  void start(@Observes StartupEvent start) {
    if (mode.embedded()) {
      return;
    }
    MongoPendingRecovery recovery = wiring.mongoRecovery();
    Runnable run =
        () ->
            recovery
                .recoverAll()
                .subscribe()
                .with(n -> {}, e -> LOG.warnf("Notification recovery failed: %s", e.toString()));
    run.run();
    timer = vertx.setPeriodic(PERIOD.toMillis(), id -> run.run());
  }

  void stop(@Observes ShutdownEvent stop) {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
  }
}
