package org.civicbroker.broker.entity.store.mongo.query;

import static org.civicbroker.broker.entity.store.mongo.EntityFields.ID;

import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Sorts;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.civicbroker.broker.entity.store.EntityQueryStore;
import org.civicbroker.broker.entity.store.QueryPage;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.entity.store.mongo.EntityDocumentMapper;
import org.civicbroker.broker.entity.store.mongo.EntityFields;
import org.civicbroker.broker.entity.store.mongo.MongoEntityStore;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;
import org.jboss.logging.Logger;

/**
 * {@link EntityQueryStore} on MongoDB or the embedded server: the query becomes an {@link
 * EntityFilter} ({@link EntityQueryTranslator}); results are in {@code _id} order.
 *
 * <ul>
 *   <li>Exact filter: the store pages ({@code skip}/{@code limit}) and counts by itself.
 *   <li>Otherwise (geo relations, regular expressions and the other parts listed in {@link
 *       EntityQueryTranslator}, which the embedded server cannot decide as the model does): the
 *       candidates are read in id order, in batches, and the page is the {@code [offset, offset +
 *       limit)} slice of those that {@code EntityQuery.matches}; reading stops when the page is
 *       full. The count is that of the certain filter plus the in-memory matches among the other
 *       candidates.
 * </ul>
 *
 * Reads of tenants that do not exist never touch a database ({@link TenantDatabases#ifExists}).
 */
public class MongoEntityQueryStore implements EntityQueryStore {
  private static final Logger LOG = Logger.getLogger(MongoEntityQueryStore.class);
  private static final Bson ID_ORDER = Sorts.ascending(ID);
  private static final int BATCH_SIZE = 256;

  /** Smallest batch when reading candidates for a page: twice the page's end, at least this. */
  private static final int MIN_PAGE_BATCH = 32;

  private final TenantDatabases databases;
  private final ReactiveMongoClient client;
  private final EntityDocumentMapper mapper = new EntityDocumentMapper();

  public MongoEntityQueryStore(TenantDatabases databases, ReactiveMongoClient client) {
    this.databases = databases;
    this.client = client;
  }

  @Override
  public Uni<QueryPage> query(
      Tenant tenant, EntityQuery query, int offset, int limit, boolean count) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    EntityFilter filter = EntityQueryTranslator.translate(query);
    QueryPage empty = new QueryPage(List.of(), count ? 0 : QueryPage.NOT_COUNTED);
    if (filter.matchesNothing()) {
      return Uni.createFrom().item(empty);
    }
    return databases
        .ifExists(tenant, () -> run(tenant, query, filter, offset, limit, count), empty)
        .onFailure()
        .transform(MongoEntityQueryStore::internal);
  }

  private Uni<QueryPage> run(
      Tenant tenant, EntityQuery query, EntityFilter filter, int offset, int limit, boolean count) {
    return entities(tenant)
        .chain(
            c ->
                Uni.combine()
                    .all()
                    .unis(page(c, query, filter, offset, limit), total(c, query, filter, count))
                    .asTuple())
        .map(t -> new QueryPage(t.getItem1(), t.getItem2()));
  }

  private Uni<List<Entity>> page(
      ReactiveMongoCollection<Document> c,
      EntityQuery query,
      EntityFilter filter,
      int offset,
      int limit) {
    if (limit == 0) {
      return Uni.createFrom().item(List.of());
    }
    if (filter.isExact()) {
      FindOptions options = inIdOrder().skip(offset).limit(limit);
      return c.find(EntityFields.live(filter.candidates()), options)
          .map(mapper::toEntity)
          .collect()
          .asList();
    }
    int batch = Math.min(BATCH_SIZE, Math.max(MIN_PAGE_BATCH, 2 * (offset + limit)));
    return c.find(EntityFields.live(filter.candidates()), inIdOrder().batchSize(batch))
        .map(mapper::toEntity)
        .select()
        .where(query::matches)
        .skip()
        .first(offset)
        .select()
        .first(limit)
        .collect()
        .asList();
  }

  private Uni<Long> total(
      ReactiveMongoCollection<Document> c, EntityQuery query, EntityFilter filter, boolean count) {
    if (!count) {
      return Uni.createFrom().item(QueryPage.NOT_COUNTED);
    }
    if (filter.isExact()) {
      return c.countDocuments(EntityFields.live(filter.candidates()));
    }
    Uni<Long> certain =
        filter.hasCertain()
            ? c.countDocuments(EntityFields.live(filter.certain()))
            : Uni.createFrom().item(0L);
    Uni<Long> verified =
        c.find(EntityFields.live(filter.uncertain()), new FindOptions().batchSize(BATCH_SIZE))
            .map(mapper::toEntity)
            .select()
            .where(query::matches)
            .collect()
            .with(Collectors.counting());
    return Uni.combine().all().unis(certain, verified).with(Long::sum);
  }

  @Override
  public Multi<Versioned<Entity>> scan(Tenant tenant) {
    return Multi.createFrom()
        .uni(databases.exists(tenant))
        .onItem()
        .transformToMultiAndConcatenate(
            exists -> exists ? scanExisting(tenant) : Multi.createFrom().empty())
        .onFailure()
        .transform(MongoEntityQueryStore::internal);
  }

  private Multi<Versioned<Entity>> scanExisting(Tenant tenant) {
    return Multi.createFrom()
        .uni(entities(tenant))
        .onItem()
        .transformToMultiAndConcatenate(c -> c.find(inIdOrder()))
        .select()
        .where(EntityFields::isLive)
        .map(mapper::toVersioned);
  }

  /**
   * The tenants whose database holds at least one entity: the default database and those named
   * {@code <default>-<tenant>} ({@link TenantDatabases#databaseName}). Only databases that exist
   * are read, so none is created.
   */
  @Override
  public Uni<List<Tenant>> tenants() {
    String defaultName = databases.databaseName(Tenant.DEFAULT);
    return client
        .listDatabaseNames()
        .map(name -> tenantOf(name, defaultName))
        .select()
        .where(Optional::isPresent)
        .map(Optional::get)
        .onItem()
        .transformToMultiAndConcatenate(
            t -> hasEntities(t).toMulti().select().where(Boolean::booleanValue).map(has -> t))
        .collect()
        .asList()
        .map(MongoEntityQueryStore::defaultFirst)
        .onFailure()
        .transform(MongoEntityQueryStore::internal);
  }

  private static Optional<Tenant> tenantOf(String database, String defaultName) {
    if (database.equals(defaultName)) {
      return Optional.of(Tenant.DEFAULT);
    }
    if (!database.startsWith(defaultName + "-")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Tenant(database.substring(defaultName.length() + 1)));
    } catch (NgsiLdException e) {
      return Optional.empty();
    }
  }

  private Uni<Boolean> hasEntities(Tenant tenant) {
    return databases
        .database(tenant)
        .getCollection(MongoEntityStore.ENTITIES.name())
        .countDocuments(new Document(), new CountOptions().limit(1))
        .map(n -> n > 0);
  }

  private static List<Tenant> defaultFirst(List<Tenant> tenants) {
    return tenants.stream()
        .sorted(
            (a, b) ->
                a.isDefault() || b.isDefault()
                    ? Boolean.compare(b.isDefault(), a.isDefault())
                    : a.name().compareTo(b.name()))
        .toList();
  }

  private static FindOptions inIdOrder() {
    return new FindOptions().sort(ID_ORDER).batchSize(BATCH_SIZE);
  }

  private Uni<ReactiveMongoCollection<Document>> entities(Tenant tenant) {
    return databases.collection(tenant, MongoEntityStore.ENTITIES);
  }

  /**
   * Storage failures become INTERNAL_ERROR without internals in the detail; the cause is logged.
   */
  private static Throwable internal(Throwable failure) {
    if (failure instanceof NgsiLdException) {
      return failure;
    }
    LOG.errorf(failure, "Entity query failed");
    return new NgsiLdException(
        ErrorType.INTERNAL_ERROR, "The entity store could not complete the query", failure);
  }
}
