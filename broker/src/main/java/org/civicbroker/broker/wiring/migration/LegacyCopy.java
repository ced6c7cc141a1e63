package org.civicbroker.broker.wiring.migration;

import io.smallrye.mutiny.Uni;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.Document;
import org.civicbroker.broker.entity.store.BulkOutcome;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.entity.store.embedded.EmbeddedEntityStore;
import org.civicbroker.broker.entity.store.mongo.EntityDocumentMapper;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.outbox.embedded.EmbeddedNotificationOutbox;
import org.civicbroker.broker.notification.outbox.mongo.OutboxDocuments;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;
import org.civicbroker.broker.storage.embedded.EmbeddedTenants;
import org.civicbroker.broker.storage.legacy.LegacyH2Store;
import org.civicbroker.broker.storage.legacy.LegacyTenants;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.embedded.EmbeddedSubscriptionStore;
import org.civicbroker.broker.subscription.store.mongo.SubscriptionDocumentMapper;
import org.civicbroker.broker.wiring.EmbeddedAdapters;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;

/**
 * Copies the data of a legacy store into a new embedded store through the embedded adapters: the
 * tenants (one per database named for a tenant), each tenant's entities at their versions and
 * subscriptions with their versions and delivery status, and the pending notifications of the
 * outbox with their attempts and due times, unclaimed (so a broker delivers them when due). Reads
 * stream the legacy documents in batches; one batch is written while the next is read.
 */
final class LegacyCopy {
  static final String ENTITIES = "entities";
  static final String SUBSCRIPTIONS = "subscriptions";
  static final String OUTBOX = "notificationOutbox";

  private final LegacyH2Store legacy;
  private final LegacyTenants names;
  private final int batchSize;
  private final MigrationStep.Listener steps;
  private final EmbeddedStorage storage;
  private final EmbeddedTenants tenants;
  private final EmbeddedEntityStore entities;
  private final EmbeddedSubscriptionStore subscriptions;
  private final EmbeddedNotificationOutbox outbox;
  private final EntityDocumentMapper entityMapper = new EntityDocumentMapper();
  private final SubscriptionDocumentMapper subscriptionMapper = new SubscriptionDocumentMapper();
  private final Map<Tenant, long[]> counts = new LinkedHashMap<>();
  private final List<String> notMigrated = new ArrayList<>();

  LegacyCopy(
      LegacyH2Store legacy,
      EmbeddedStorage storage,
      LegacyTenants names,
      int batchSize,
      MigrationStep.Listener steps) {
    this.legacy = legacy;
    this.names = names;
    this.batchSize = batchSize;
    this.steps = steps;
    this.storage = storage;
    EmbeddedAdapters adapters = EmbeddedAdapters.on(storage);
    this.tenants = adapters.tenants();
    this.outbox = adapters.outbox();
    this.entities = adapters.entities();
    this.subscriptions = adapters.subscriptions();
  }

  /** Copies everything; what was copied from {@code legacyFile}. */
  MigrationSummary copyAll(Path legacyFile) {
    Instant started = Instant.now();
    long began = System.nanoTime();
    for (String database : read(legacy::databases, "the list of databases")) {
      Optional<Tenant> tenant = names.tenant(database);
      if (tenant.isPresent()) {
        copyDatabase(database, tenant.get());
      } else {
        notMigrated.add("database " + database + " (no tenant of the broker)");
      }
    }
    List<MigrationSummary.TenantCounts> summary = new ArrayList<>();
    counts.forEach(
        (tenant, n) ->
            summary.add(
                new MigrationSummary.TenantCounts(
                    tenant.name(), names.database(tenant), n[0], n[1], n[2])));
    return new MigrationSummary(
        legacyFile.toString(),
        started.toString(),
        (System.nanoTime() - began) / 1_000_000,
        summary,
        List.copyOf(notMigrated));
  }

  private void copyDatabase(String database, Tenant tenant) {
    createTenant(tenant);
    for (String collection : read(() -> legacy.collections(database), "database " + database)) {
      switch (collection) {
        case ENTITIES -> copy(database, collection, this::entity, b -> insertEntities(tenant, b));
        case SUBSCRIPTIONS ->
            copy(
                database,
                collection,
                subscriptionMapper::toStored,
                b -> insertSubscriptions(tenant, b));
        case OUTBOX -> copy(database, collection, LegacyCopy::unclaimed, this::enqueue);
        default -> {
          if (!collection.startsWith("system.")) {
            long n = read(() -> legacy.count(database, collection), database + "." + collection);
            notMigrated.add("collection " + database + "." + collection + " (" + n + " documents)");
          }
        }
      }
    }
  }

  private Versioned<Entity> entity(Document doc) {
    return entityMapper.toVersioned(doc);
  }

  private static PendingNotification unclaimed(Document doc) {
    return OutboxDocuments.fromDocument(doc).withClaimUntil(Instant.EPOCH);
  }

  private void createTenant(Tenant tenant) {
    countsOf(tenant);
    storage
        .write(
            c -> {
              tenants.stage(c, tenant);
              return null;
            },
            true)
        .await()
        .indefinitely();
  }

  private Uni<Void> insertEntities(Tenant tenant, List<Versioned<Entity>> batch) {
    return entities
        .restore(tenant, batch)
        .map(
            outcomes -> {
              long written = outcomes.stream().filter(o -> o == BulkOutcome.WRITTEN).count();
              expectAll(written, batch.size(), "entities");
              countsOf(tenant)[0] += written;
              return null;
            });
  }

  private Uni<Void> insertSubscriptions(Tenant tenant, List<StoredSubscription> batch) {
    return subscriptions
        .restore(tenant, batch)
        .map(
            stored -> {
              expectAll(stored, batch.size(), "subscriptions");
              countsOf(tenant)[1] += stored;
              return null;
            });
  }

  private Uni<Void> enqueue(List<PendingNotification> batch) {
    return storage
        .write(
            c -> {
              for (PendingNotification p : batch) {
                if (!outbox.stage(c, p, null)) {
                  throw new IllegalStateException("Notification " + p.id() + " was copied twice");
                }
              }
              return null;
            },
            true)
        .map(
            nothing -> {
              batch.forEach(p -> countsOf(p.notification().tenant())[2]++);
              return null;
            });
  }

  private long[] countsOf(Tenant tenant) {
    synchronized (counts) {
      return counts.computeIfAbsent(tenant, t -> new long[3]);
    }
  }

  private static void expectAll(long written, int batch, String what) {
    if (written != batch) {
      throw new IllegalStateException(
          (batch - written) + " " + what + " of a batch were already in the new store");
    }
  }

  /**
   * Reads a collection in batches, maps each document, and writes each batch with {@code write};
   * the next batch is read while the previous one is written.
   */
  private <T> void copy(
      String database,
      String collection,
      Function<Document, T> mapper,
      Function<List<T>, Uni<Void>> write) {
    String where = database + "." + collection;
    Iterator<Document> documents =
        read(() -> legacy.documents(database, collection).iterator(), where);
    CompletableFuture<Void> inFlight = null;
    List<T> batch = new ArrayList<>(batchSize);
    while (read(documents::hasNext, where)) {
      Document doc = read(documents::next, where);
      batch.add(map(mapper, doc, where));
      if (batch.size() == batchSize) {
        inFlight = next(inFlight, write.apply(batch));
        batch = new ArrayList<>(batchSize);
      }
    }
    if (!batch.isEmpty()) {
      inFlight = next(inFlight, write.apply(batch));
    }
    awaitBatch(inFlight);
  }

  /** Starts the write of a batch, then waits for the one before it (null: none). */
  private CompletableFuture<Void> next(CompletableFuture<Void> previous, Uni<Void> write) {
    CompletableFuture<Void> started = write.subscribeAsCompletionStage();
    awaitBatch(previous);
    return started;
  }

  private void awaitBatch(CompletableFuture<Void> batch) {
    if (batch == null) {
      return;
    }
    try {
      batch.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    steps.reached(MigrationStep.BATCH_WRITTEN);
  }

  private static <T> T map(Function<Document, T> mapper, Document doc, String where) {
    try {
      return mapper.apply(doc);
    } catch (RuntimeException e) {
      throw new UnreadableLegacyStore("document " + doc.get("_id") + " of " + where, e);
    }
  }

  private static <T> T read(Supplier<T> reading, String what) {
    try {
      return reading.get();
    } catch (RuntimeException e) {
      throw new UnreadableLegacyStore("reading " + what, e);
    }
  }
}
