package org.civicbroker.broker.entity.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicbroker.broker.entity.service.TestEntityServices;
import org.civicbroker.broker.entity.store.BulkOutcome;
import org.civicbroker.broker.entity.store.BulkWrite;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.entity.store.mongo.MongoEntityBulkStore;
import org.civicbroker.broker.entity.store.mongo.MongoEntityStore;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.broker.storage.mongo.MongoTenantRegistry;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A batch that loses the compare-and-set race for some entities re-reads and re-applies only those:
 * no change of the other writer is lost, and each entity emits one event.
 */
class BatchServiceRaceTest {
  private static TestMongo mongo;
  private static MongoEntityStore store;
  private static MongoEntityBulkStore bulkStore;

  @BeforeAll
  static void start() {
    mongo = TestMongo.memory();
    store = mongo.entityStore();
    bulkStore = mongo.bulkStore();
  }

  @AfterAll
  static void stop() {
    mongo.close();
  }

  @Test
  void aLostRaceIsRetriedWithTheOtherWritersChange() {
    Entity raced = stored("/raced");
    Entity calm = stored("/calm");
    RecordingEmitter events = new RecordingEmitter();
    Interfering interfering = new Interfering(raced);
    TestEntityServices.Services services =
        TestEntityServices.over(
            store, interfering, new MongoTenantRegistry(mongo.databases()), events);
    BatchService batches = new BatchService(interfering, services.entities(), services.commits());

    BatchResult result =
        batches
            .execute(Tenant.DEFAULT, List.of(scoped(0, raced, "/batch"), scoped(1, calm, "/batch")))
            .await()
            .atMost(Duration.ofSeconds(30));

    assertThat(result.allSucceeded()).isTrue();
    assertThat(interfering.writes.get()).isEqualTo(2);
    Versioned<Entity> after =
        store.find(Tenant.DEFAULT, raced.id()).await().indefinitely().orElseThrow();
    assertThat(after.version()).isEqualTo(3);
    assertThat(after.value().scopes()).containsExactly("/other", "/batch");
    assertThat(events.changes)
        .extracting(EntityChange::entityId)
        .containsExactlyInAnyOrder(raced.id().value(), calm.id().value());
    assertThat(events.changes).extracting(EntityChange::kind).containsOnly(ChangeKind.UPDATED);
  }

  private static Entity stored(String scope) {
    Entity entity =
        EntityFixtures.load("numbers.json", EntityId.of("urn:ngsi-ld:Test:" + UUID.randomUUID()))
            .withScopes(List.of(scope));
    store.insert(Tenant.DEFAULT, entity).await().indefinitely();
    return entity;
  }

  /** An item that appends a scope to the entity (a read-modify-write that must not lose any). */
  private static BatchItem scoped(int index, Entity entity, String scope) {
    ItemChange change =
        (current, now) -> {
          List<String> scopes = new ArrayList<>(current.scopes());
          scopes.add(scope);
          return new Step(
              current.withScopes(scopes).withTimestamps(current.createdAt(), now),
              ChangeKind.UPDATED,
              Set.of(),
              false,
              null);
        };
    return BatchItem.valid(index, entity.id(), change, null);
  }

  /** The bulk store, with another writer replacing one entity just before the first bulk write. */
  private static final class Interfering implements EntityBulkStore {
    private final Entity target;
    private final AtomicInteger writes = new AtomicInteger();

    Interfering(Entity target) {
      this.target = target;
    }

    @Override
    public Uni<Map<EntityId, Versioned<Entity>>> findAll(Tenant tenant, Collection<EntityId> ids) {
      return bulkStore.findAll(tenant, ids);
    }

    @Override
    public Uni<List<BulkOutcome>> write(Tenant tenant, List<BulkWrite> writes) {
      Uni<Boolean> other =
          this.writes.getAndIncrement() == 0
              ? store.replace(tenant, target.withScopes(List.of("/other")), 1)
              : Uni.createFrom().item(true);
      return other.chain(done -> bulkStore.write(tenant, writes));
    }
  }

  /** An emitter that records what it is given. */
  private static final class RecordingEmitter implements Emitter<EntityChange> {
    private final List<EntityChange> changes = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public CompletionStage<Void> send(EntityChange change) {
      changes.add(change);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public <M extends Message<? extends EntityChange>> void send(M message) {
      changes.add(message.getPayload());
    }

    @Override
    public void complete() {}

    @Override
    public void error(Exception e) {}

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public boolean hasRequests() {
      return true;
    }
  }
}
