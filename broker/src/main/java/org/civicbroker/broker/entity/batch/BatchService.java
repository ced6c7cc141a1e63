package org.civicbroker.broker.entity.batch;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicbroker.broker.entity.batch.Timeline.Folded;
import org.civicbroker.broker.entity.service.ChangeCommits;
import org.civicbroker.broker.entity.service.EntityService;
import org.civicbroker.broker.entity.store.BulkOutcome;
import org.civicbroker.broker.entity.store.BulkWrite;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;

/**
 * Runs a batch: one read of every entity the batch touches, the items of each entity folded over it
 * in request order, one bulk write of every changed entity with compare-and-set (with the
 * notifications each change triggers, {@link ChangeCommits}), and a re-run of only the entities
 * that lost a race. Each committed entity emits one {@code EntityChange}; an item that fails never
 * stops the others.
 */
@ApplicationScoped
public class BatchService {
  private final EntityBulkStore store;
  private final EntityService entities;
  private final ChangeCommits commits;

  @Inject
  public BatchService(EntityBulkStore store, EntityService entities, ChangeCommits commits) {
    this.store = store;
    this.entities = entities;
    this.commits = commits;
  }

  /** Executes the items (valid or rejected ones) and reports each one's outcome. */
  public Uni<BatchResult> execute(Tenant tenant, List<BatchItem> items) {
    List<ItemResult> rejected = new ArrayList<>();
    Map<EntityId, Timeline> timelines = new LinkedHashMap<>();
    for (BatchItem item : items) {
      if (item.isValid()) {
        timelines.computeIfAbsent(item.id(), Timeline::new).add(item);
      } else {
        rejected.add(ItemResult.failure(item, item.error()));
      }
    }
    return attempt(tenant, timelines.values(), 1)
        .map(
            results -> {
              results.addAll(rejected);
              return new BatchResult(results);
            });
  }

  /**
   * Like {@link #execute}, for operations on existing entities (update, merge, delete): a tenant
   * other than the default one must exist (NonexistentTenant otherwise, clause 4.14).
   */
  public Uni<BatchResult> executeOnExisting(Tenant tenant, List<BatchItem> items) {
    return entities.requireTenant(tenant).chain(ok -> execute(tenant, items));
  }

  private Uni<List<ItemResult>> attempt(
      Tenant tenant, Collection<Timeline> timelines, int attempt) {
    if (timelines.isEmpty()) {
      return Uni.createFrom().item(new ArrayList<>());
    }
    List<EntityId> ids = timelines.stream().map(Timeline::id).toList();
    return store
        .findAll(tenant, ids)
        .chain(
            stored -> {
              Instant now = entities.now();
              List<Folded> folded = new ArrayList<>(timelines.size());
              timelines.forEach(t -> folded.add(t.fold(stored.get(t.id()), now)));
              return commit(tenant, folded, attempt);
            });
  }

  private Uni<List<ItemResult>> commit(Tenant tenant, List<Folded> folded, int attempt) {
    List<ItemResult> results = new ArrayList<>();
    List<Folded> writing = new ArrayList<>();
    List<BulkWrite> writes = new ArrayList<>();
    List<EntityChange> changes = new ArrayList<>();
    for (Folded f : folded) {
      BulkWrite write = f.write();
      if (write == null) {
        results.addAll(f.results());
      } else {
        writing.add(f);
        writes.add(write);
        changes.add(change(tenant, f));
      }
    }
    return commits
        .commitAll(changes, writes)
        .chain(outcomes -> settle(tenant, writing, outcomes, results, attempt));
  }

  private Uni<List<ItemResult>> settle(
      Tenant tenant,
      List<Folded> writing,
      List<BulkOutcome> outcomes,
      List<ItemResult> results,
      int attempt) {
    List<Timeline> retry = new ArrayList<>();
    for (int i = 0; i < writing.size(); i++) {
      Folded f = writing.get(i);
      BulkOutcome outcome = outcomes.get(i);
      switch (outcome.status()) {
        case WRITTEN -> results.addAll(f.results());
        case CONFLICT -> {
          if (attempt < EntityService.MAX_ATTEMPTS) {
            retry.add(f.timeline());
          } else {
            results.addAll(f.failed(Timeline.contention(f.timeline().id())));
          }
        }
        case FAILED -> results.addAll(f.failed(outcome.error()));
      }
    }
    return attempt(tenant, retry, attempt + 1)
        .map(
            more -> {
              results.addAll(more);
              return results;
            });
  }

  private EntityChange change(Tenant tenant, Folded f) {
    return entities.change(
        tenant, f.eventKind(), f.before(), f.after(), f.version(), f.changed(), f.context());
  }
}
