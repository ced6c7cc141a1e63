package org.civicbroker.broker.entity.service;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.util.List;
import org.civicbroker.broker.entity.codec.MemorySymbolTable;
import org.civicbroker.broker.entity.index.EntityIndex;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.WriteBatcher;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.events.EntityChangePublisher;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.storage.TenantGuard;
import org.civicbroker.broker.storage.TenantRegistry;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Entity services wired by hand over stores, for tests outside Quarkus (no notifications). */
public final class TestEntityServices {
  private TestEntityServices() {}

  /** The services of one broker. */
  public record Services(EntityService entities, ChangeCommits commits) {}

  public static Services over(
      EntityStore store,
      EntityBulkStore bulk,
      TenantRegistry tenants,
      Emitter<EntityChange> emitter) {
    ChangeCommits commits =
        new ChangeCommits(
            new WriteBatcher(bulk),
            bulk,
            new EntityIndex(null, new MemorySymbolTable(), true),
            new EntityChangePublisher(emitter, List.of()),
            NONE,
            new EntityBudget(null, 0, 0));
    EntityService entities =
        new EntityService(
            store,
            commits,
            new EntityIndex(null, new MemorySymbolTable(), true),
            new TenantGuard(tenants),
            false,
            Clock.systemUTC());
    return new Services(entities, commits);
  }

  /** Notifications that nothing triggers. */
  public static final ChangeNotifications NONE =
      new ChangeNotifications() {
        @Override
        public Uni<List<PendingNotification>> prepare(EntityChange change) {
          return Uni.createFrom().item(List.of());
        }

        @Override
        public void committed(EntityChange change, List<PendingNotification> notifications) {}

        @Override
        public void abandoned(EntityChange change, List<PendingNotification> notifications) {}
      };
}
