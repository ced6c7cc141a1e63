package org.civicbroker.broker.admin.transfer;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicbroker.broker.admin.transfer.ImportItem.EntityItem;
import org.civicbroker.broker.entity.service.ChangeCommits;
import org.civicbroker.broker.entity.service.EntityService;
import org.civicbroker.broker.entity.store.BulkOutcome;
import org.civicbroker.broker.entity.store.BulkWrite;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;

/**
 * Writes imported entities of one tenant as bulk writes through {@link ChangeCommits}, the path of
 * every entity write (index, change events, Kafka replicas), as changes of kind {@link
 * ChangeKind#IMPORTED}: stored as they are, system times included, and notifying nobody. An
 * existing id is skipped or replaced ({@link ImportMode}); an id twice in one batch is written in a
 * second round, so the later line wins as it would across batches.
 */
@ApplicationScoped
public class EntityImport {
  private final EntityBulkStore store;
  private final EntityService entities;
  private final ChangeCommits commits;

  @Inject
  public EntityImport(EntityBulkStore store, EntityService entities, ChangeCommits commits) {
    this.store = store;
    this.entities = entities;
    this.commits = commits;
  }

  /** Writes the items (all of {@code tenant}), counting each in the summary. */
  Uni<Void> write(Tenant tenant, List<EntityItem> items, ImportMode mode, ImportSummary summary) {
    return Multi.createFrom()
        .iterable(rounds(items))
        .onItem()
        .transformToUniAndConcatenate(round -> round(tenant, round, mode, summary))
        .collect()
        .last()
        .replaceWithVoid();
  }

  private Uni<Void> round(
      Tenant tenant, List<EntityItem> items, ImportMode mode, ImportSummary summary) {
    List<EntityId> ids = items.stream().map(i -> i.entity().id()).toList();
    return store
        .findAll(tenant, ids)
        .chain(
            existing -> {
              List<EntityItem> writing = new ArrayList<>();
              List<BulkWrite> writes = new ArrayList<>();
              List<EntityChange> changes = new ArrayList<>();
              for (EntityItem item : items) {
                Versioned<Entity> current = existing.get(item.entity().id());
                if (current != null && mode == ImportMode.SKIP) {
                  summary.skipped();
                  continue;
                }
                writing.add(item);
                writes.add(write(item.entity(), current));
                changes.add(change(tenant, item.entity(), current));
              }
              return commits
                  .commitAll(changes, writes)
                  .invoke(outcomes -> settle(writing, outcomes, mode, summary));
            })
        .replaceWithVoid();
  }

  private static BulkWrite write(Entity entity, Versioned<Entity> current) {
    return current == null
        ? new BulkWrite.Insert(entity)
        : new BulkWrite.Replace(entity, current.version());
  }

  private EntityChange change(Tenant tenant, Entity entity, Versioned<Entity> current) {
    Set<String> names = new HashSet<>(entity.attributes().names());
    if (current == null) {
      return entities.change(tenant, ChangeKind.IMPORTED, null, entity, 1, names, null);
    }
    names.addAll(current.value().attributes().names());
    return entities.change(
        tenant, ChangeKind.IMPORTED, current.value(), entity, current.version() + 1, names, null);
  }

  private static void settle(
      List<EntityItem> items, List<BulkOutcome> outcomes, ImportMode mode, ImportSummary summary) {
    for (int i = 0; i < items.size(); i++) {
      BulkOutcome outcome = outcomes.get(i);
      switch (outcome.status()) {
        case WRITTEN -> summary.entity();
        case CONFLICT -> {
          if (mode == ImportMode.SKIP) {
            summary.skipped(); // created meanwhile by another writer
          } else {
            summary.error(items.get(i).line(), "The entity changed while it was imported");
          }
        }
        case FAILED -> summary.error(items.get(i).line(), outcome.error().detail());
      }
    }
  }

  /** The items in rounds of distinct ids, in input order. */
  static List<List<EntityItem>> rounds(List<EntityItem> items) {
    List<List<EntityItem>> rounds = new ArrayList<>();
    List<Set<EntityId>> ids = new ArrayList<>();
    for (EntityItem item : items) {
      int r = 0;
      while (r < rounds.size() && ids.get(r).contains(item.entity().id())) {
        r++;
      }
      if (r == rounds.size()) {
        rounds.add(new ArrayList<>());
        ids.add(new HashSet<>());
      }
      rounds.get(r).add(item);
      ids.get(r).add(item.entity().id());
    }
    return rounds;
  }
}
