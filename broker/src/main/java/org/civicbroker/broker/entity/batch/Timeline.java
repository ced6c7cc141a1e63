package org.civicbroker.broker.entity.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civicbroker.broker.entity.store.BulkWrite;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;

/**
 * The items of one batch that concern the same entity, in request order. Folding them over the
 * stored entity gives the entity's final state, at most one write, and each item's result; items
 * that fail change nothing and do not stop the later ones.
 */
final class Timeline {
  private final EntityId id;
  private final List<BatchItem> items = new ArrayList<>();

  Timeline(EntityId id) {
    this.id = id;
  }

  EntityId id() {
    return id;
  }

  void add(BatchItem item) {
    items.add(item);
  }

  List<BatchItem> items() {
    return items;
  }

  /** Applies every item in turn to {@code stored} (null: absent). */
  Folded fold(Versioned<Entity> stored, Instant now) {
    Entity state = stored == null ? null : stored.value();
    List<ItemResult> results = new ArrayList<>(items.size());
    Set<String> changed = new LinkedHashSet<>();
    ChangeKind lastKind = null;
    JsonNode context = null;
    for (BatchItem item : items) {
      Step step;
      try {
        step = item.change().apply(state, now);
      } catch (NgsiLdException e) {
        results.add(ItemResult.failure(item, e));
        continue;
      }
      if (step.changes()) {
        state = step.next();
        changed.addAll(step.changed());
        lastKind = step.kind();
        context = item.context();
      }
      results.add(
          step.report() == null
              ? ItemResult.success(item, step.created())
              : ItemResult.failure(item, step.report()));
    }
    return new Folded(this, stored, state, lastKind, changed, context, results);
  }

  /**
   * The folded timeline: what to write and what to tell.
   *
   * @param kind the kind of the last change (null: no item changed the entity)
   */
  record Folded(
      Timeline timeline,
      Versioned<Entity> stored,
      Entity after,
      ChangeKind kind,
      Set<String> changed,
      JsonNode context,
      List<ItemResult> results) {

    /** The store write that commits the final state, or null when nothing changed. */
    BulkWrite write() {
      if (kind == null) {
        return null;
      }
      if (stored == null) {
        return after == null ? null : new BulkWrite.Insert(after);
      }
      return after == null
          ? new BulkWrite.Delete(stored.value().id(), stored.version())
          : new BulkWrite.Replace(after, stored.version());
    }

    /** The kind of the event: creation and deletion win over the last item's kind. */
    ChangeKind eventKind() {
      if (stored == null) {
        return ChangeKind.CREATED;
      }
      return after == null ? ChangeKind.DELETED : kind;
    }

    Entity before() {
      return stored == null ? null : stored.value();
    }

    /** The stored version once the write committed (of the deleted document, for a deletion). */
    long version() {
      if (stored == null) {
        return 1;
      }
      return after == null ? stored.version() : stored.version() + 1;
    }

    /** The results when the write failed: every item that had succeeded gets the failure. */
    List<ItemResult> failed(NgsiLdException failure) {
      List<ItemResult> list = new ArrayList<>(results.size());
      for (ItemResult r : results) {
        list.add(r.succeeded() ? new ItemResult(r.index(), r.entityId(), false, failure) : r);
      }
      return list;
    }
  }

  static NgsiLdException contention(EntityId id) {
    return new NgsiLdException(
        ErrorType.INTERNAL_ERROR,
        "Entity "
            + org.civicbroker.model.id.Uris.quote(id.value())
            + " is changing too fast to update; retry");
  }
}
