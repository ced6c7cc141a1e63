package org.civicbroker.broker.subscription.store.mongo;

import static org.civicbroker.broker.subscription.store.mongo.SubscriptionDocumentMapper.DEFINITION;
import static org.civicbroker.broker.subscription.store.mongo.SubscriptionDocumentMapper.ID;
import static org.civicbroker.broker.subscription.store.mongo.SubscriptionDocumentMapper.PERIODIC_CLAIM;
import static org.civicbroker.broker.subscription.store.mongo.SubscriptionDocumentMapper.VERSION;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.civicbroker.broker.storage.mongo.CollectionSpec;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.civicbroker.broker.subscription.store.DeliveryDelta;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.SubscriptionPage;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;

/**
 * {@link SubscriptionStore} on MongoDB (or the embedded server): one document per subscription in
 * the tenant database's {@code subscriptions} collection (layout: {@link
 * SubscriptionDocumentMapper}). Definition updates set {@code def} and bump {@code _v} only if
 * {@code _v} is unchanged; status updates use {@code $inc}/{@code $max} on {@code status} alone.
 */
public class MongoSubscriptionStore implements SubscriptionStore {
  /** The collection; subscriptions are found by {@code _id} or scanned, so no other index. */
  public static final CollectionSpec SUBSCRIPTIONS =
      CollectionSpec.withSingleFieldIndexes("subscriptions");

  private final TenantDatabases databases;
  private final SubscriptionDocumentMapper mapper = new SubscriptionDocumentMapper();

  public MongoSubscriptionStore(TenantDatabases databases) {
    this.databases = databases;
  }

  @Override
  public Uni<Void> insert(Tenant tenant, Subscription subscription) {
    return Uni.createFrom()
        .item(() -> mapper.toDocument(subscription, 1L))
        .chain(doc -> collection(tenant).chain(c -> c.insertOne(doc)))
        .invoke(() -> databases.markExists(tenant))
        .replaceWithVoid()
        .onFailure()
        .transform(e -> StoreErrors.onInsert(e, subscription.id()));
  }

  @Override
  public Uni<Optional<StoredSubscription>> find(Tenant tenant, String id) {
    return databases
        .ifExists(tenant, () -> findById(tenant, id), Optional.<StoredSubscription>empty())
        .onFailure()
        .transform(e -> StoreErrors.internal(e, "read"));
  }

  private Uni<Optional<StoredSubscription>> findById(Tenant tenant, String id) {
    return collection(tenant)
        .chain(c -> c.find(Filters.eq(ID, id)).toUni())
        .map(doc -> Optional.ofNullable(doc).map(mapper::toStored));
  }

  @Override
  public Uni<SubscriptionPage> list(Tenant tenant, int offset, int limit, boolean count) {
    SubscriptionPage empty =
        new SubscriptionPage(List.of(), count ? 0 : SubscriptionPage.NOT_COUNTED);
    return databases
        .ifExists(tenant, () -> page(tenant, offset, limit, count), empty)
        .onFailure()
        .transform(e -> StoreErrors.internal(e, "read"));
  }

  private Uni<SubscriptionPage> page(Tenant tenant, int offset, int limit, boolean count) {
    Uni<List<StoredSubscription>> items =
        limit == 0
            ? Uni.createFrom().item(List.of())
            : collection(tenant)
                .onItem()
                .transformToMulti(
                    c ->
                        c.find(
                            new FindOptions().sort(Sorts.ascending(ID)).skip(offset).limit(limit)))
                .map(mapper::toStored)
                .collect()
                .asList();
    Uni<Long> total =
        count
            ? collection(tenant).chain(ReactiveMongoCollection::countDocuments)
            : Uni.createFrom().item(SubscriptionPage.NOT_COUNTED);
    return Uni.combine().all().unis(items, total).with(SubscriptionPage::new);
  }

  @Override
  public Multi<StoredSubscription> scan(Tenant tenant) {
    return databases
        .exists(tenant)
        .onItem()
        .transformToMulti(
            exists ->
                exists
                    ? collection(tenant)
                        .onItem()
                        .transformToMulti(c -> c.find(new FindOptions().sort(Sorts.ascending(ID))))
                    : Multi.createFrom().<Document>empty())
        .map(mapper::toStored)
        .onFailure()
        .transform(e -> StoreErrors.internal(e, "read"));
  }

  @Override
  public Uni<Boolean> replace(Tenant tenant, Subscription subscription, long expectedVersion) {
    return databases
        .ifExists(tenant, () -> compareAndSet(tenant, subscription, expectedVersion), false)
        .onFailure()
        .transform(e -> StoreErrors.internal(e, "update"));
  }

  private Uni<Boolean> compareAndSet(Tenant tenant, Subscription s, long expectedVersion) {
    Bson filter = Filters.and(Filters.eq(ID, s.id()), Filters.eq(VERSION, expectedVersion));
    return Uni.createFrom()
        .item(
            () ->
                Updates.combine(
                    Updates.set(DEFINITION, mapper.definition(s)),
                    Updates.set(VERSION, expectedVersion + 1)))
        .chain(update -> collection(tenant).chain(c -> c.updateOne(filter, update)))
        .map(result -> result.getMatchedCount() == 1);
  }

  @Override
  public Uni<Boolean> delete(Tenant tenant, String id) {
    return databases
        .ifExists(
            tenant,
            () ->
                collection(tenant)
                    .chain(c -> c.deleteOne(Filters.eq(ID, id)))
                    .map(r -> r.getDeletedCount() == 1),
            false)
        .onFailure()
        .transform(e -> StoreErrors.internal(e, "delete"));
  }

  @Override
  public Uni<Void> record(Tenant tenant, String id, DeliveryDelta delta) {
    Bson update = StatusDocuments.update(delta);
    if (update == null) {
      return Uni.createFrom().voidItem();
    }
    return databases
        .ifExists(
            tenant,
            () ->
                collection(tenant)
                    .chain(c -> c.updateOne(Filters.eq(ID, id), update))
                    .replaceWithVoid(),
            null)
        .onFailure()
        .transform(e -> StoreErrors.internal(e, "status update"));
  }

  /** One bulk write for all of them: one store command, one commit. */
  @Override
  public Uni<Void> recordAll(Tenant tenant, Map<String, DeliveryDelta> deltas) {
    List<UpdateOneModel<Document>> models = new ArrayList<>();
    deltas.forEach(
        (id, delta) -> {
          Bson update = StatusDocuments.update(delta);
          if (update != null) {
            models.add(new UpdateOneModel<>(Filters.eq(ID, id), update));
          }
        });
    if (models.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return databases
        .ifExists(
            tenant,
            () ->
                collection(tenant)
                    .chain(c -> c.bulkWrite(models, new BulkWriteOptions().ordered(false)))
                    .replaceWithVoid(),
            null)
        .onFailure()
        .transform(e -> StoreErrors.internal(e, "status update"));
  }

  @Override
  public Uni<Boolean> claimPeriodic(Tenant tenant, String id, Instant now, Duration interval) {
    Bson filter =
        Filters.and(
            Filters.eq(ID, id),
            Filters.or(
                Filters.exists(PERIODIC_CLAIM, false),
                Filters.lte(PERIODIC_CLAIM, Date.from(now.minus(interval)))));
    Bson update = Updates.set(PERIODIC_CLAIM, Date.from(now));
    return databases
        .ifExists(
            tenant,
            () ->
                collection(tenant)
                    .chain(c -> c.updateOne(filter, update))
                    .map(r -> r.getMatchedCount() == 1),
            false)
        .onFailure()
        .transform(e -> StoreErrors.internal(e, "update"));
  }

  @Override
  public Uni<Boolean> tenantExists(Tenant tenant) {
    return databases.exists(tenant).onFailure().transform(e -> StoreErrors.internal(e, "read"));
  }

  @Override
  public Uni<List<Tenant>> tenants() {
    return databases.tenants().onFailure().transform(e -> StoreErrors.internal(e, "read"));
  }

  private Uni<ReactiveMongoCollection<Document>> collection(Tenant tenant) {
    return databases.collection(tenant, SUBSCRIPTIONS);
  }
}
