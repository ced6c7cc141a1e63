package org.civicbroker.broker.entity.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.civicbroker.broker.entity.service.EntityService;
import org.civicbroker.broker.entity.store.EntityQueryStore;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;

/**
 * Purge Entities (GS CIM 009 V1.9.1, {@code DELETE /entities}): finds every entity matching the
 * query, page by page through the {@link EntityQueryStore}, then purges them in batches of {@code
 * broker.batch.max-entities} through the {@link BatchService} (compare-and-set, one event per
 * changed entity). Each entity is checked against the query again when it is purged.
 */
@ApplicationScoped
public class PurgeService {
  static final int PAGE = 1000;

  private final Instance<EntityQueryStore> queries;
  private final BatchService batches;
  private final EntityService entities;
  private final BatchConfig config;

  @Inject
  public PurgeService(
      Instance<EntityQueryStore> queries,
      BatchService batches,
      EntityService entities,
      BatchConfig config) {
    this.queries = queries;
    this.batches = batches;
    this.entities = entities;
    this.config = config;
  }

  /** Purges the matching entities; the result lists each one found. */
  public Uni<BatchResult> purge(Tenant tenant, EntityQuery query, Purge purge, JsonNode context) {
    if (!queries.isResolvable()) {
      return Uni.createFrom()
          .failure(
              new NgsiLdException(
                  ErrorType.OPERATION_NOT_SUPPORTED,
                  "Purge Entities needs the entity query store, which this broker lacks"));
    }
    EntityQueryStore store = queries.get();
    return entities
        .requireTenant(tenant)
        .chain(ok -> matching(tenant, store, query, 0, new ArrayList<>()))
        .chain(
            ids -> purgeChunks(tenant, chunks(ids), 0, query, purge, context, new ArrayList<>()));
  }

  private Uni<List<EntityId>> matching(
      Tenant tenant, EntityQueryStore store, EntityQuery query, int offset, List<EntityId> ids) {
    return store
        .query(tenant, query, offset, PAGE, false)
        .chain(
            page -> {
              page.entities().forEach(e -> ids.add(e.id()));
              return page.entities().size() < PAGE
                  ? Uni.createFrom().item(ids)
                  : matching(tenant, store, query, offset + PAGE, ids);
            });
  }

  private List<List<EntityId>> chunks(List<EntityId> ids) {
    List<List<EntityId>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += config.maxEntities()) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + config.maxEntities())));
    }
    return chunks;
  }

  private Uni<BatchResult> purgeChunks(
      Tenant tenant,
      List<List<EntityId>> chunks,
      int next,
      EntityQuery query,
      Purge purge,
      JsonNode context,
      List<BatchResult> done) {
    if (next == chunks.size()) {
      return Uni.createFrom().item(BatchResult.merge(done));
    }
    List<BatchItem> items = new ArrayList<>();
    for (EntityId id : chunks.get(next)) {
      items.add(BatchItem.valid(items.size(), id, purge.change(query), context));
    }
    return batches
        .execute(tenant, items)
        .chain(
            result -> {
              done.add(result);
              return purgeChunks(tenant, chunks, next + 1, query, purge, context, done);
            });
  }
}
