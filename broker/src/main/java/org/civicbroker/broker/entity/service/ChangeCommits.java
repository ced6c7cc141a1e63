package org.civicbroker.broker.entity.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.civicbroker.broker.common.Unis;
import org.civicbroker.broker.entity.index.EntityIndex;
import org.civicbroker.broker.entity.store.BulkOutcome;
import org.civicbroker.broker.entity.store.BulkWrite;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.WriteBatcher;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.events.EntityChangePublisher;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.model.error.NgsiLdException;

/**
 * Commits entity writes with what follows from them: the notifications are prepared first and
 * written with the entity ({@link ChangeNotifications}); once the store applied a write, the change
 * goes to this instance's index (so the writer reads its own write), to the change channel and its
 * durable recorders (Kafka), and its notifications to delivery. The returned Uni completes only
 * when all of that is done, so a 2xx is never sent before a write's consequences are safe.
 */
@ApplicationScoped
public class ChangeCommits {
  private final WriteBatcher batcher;
  private final EntityBulkStore store;
  private final EntityIndex index;
  private final EntityChangePublisher events;
  private final ChangeNotifications notifications;
  private final EntityBudget budget;

  @Inject
  public ChangeCommits(
      WriteBatcher batcher,
      EntityBulkStore store,
      EntityIndex index,
      EntityChangePublisher events,
      ChangeNotifications notifications,
      EntityBudget budget) {
    this.batcher = batcher;
    this.store = store;
    this.index = index;
    this.events = events;
    this.notifications = notifications;
    this.budget = budget;
  }

  /**
   * One write, committed with the next group of single writes. Completes on the caller's Vert.x
   * context (store and Kafka callbacks come on threads of their own).
   */
  public Uni<BulkOutcome> commit(EntityChange change, BulkWrite write) {
    return Unis.onCallerContext(commitOne(change, write));
  }

  private Uni<BulkOutcome> commitOne(EntityChange change, BulkWrite write) {
    NgsiLdException full = roomForInserts(List.of(write));
    if (full != null) {
      return Uni.createFrom().failure(full);
    }
    return notifications
        .prepare(change)
        .chain(
            prepared ->
                batcher
                    .write(change.tenant(), write.with(prepared))
                    .onFailure()
                    .invoke(e -> notifications.abandoned(change, prepared))
                    .chain(outcome -> settle(change, prepared, outcome)));
  }

  /**
   * Several writes of one tenant as one bulk write; outcomes in the order of the writes. When the
   * broker has no room for the new entities among them ({@link EntityBudget}), those fail (507) and
   * the others are written.
   */
  public Uni<List<BulkOutcome>> commitAll(List<EntityChange> changes, List<BulkWrite> writes) {
    return Unis.onCallerContext(commitEach(changes, writes));
  }

  private Uni<List<BulkOutcome>> commitEach(List<EntityChange> changes, List<BulkWrite> writes) {
    if (writes.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    NgsiLdException full = roomForInserts(writes);
    if (full != null) {
      return commitAllBut(changes, writes, full);
    }
    List<Uni<List<PendingNotification>>> preparing = new ArrayList<>(changes.size());
    changes.forEach(c -> preparing.add(notifications.prepare(c)));
    return Uni.join()
        .all(preparing)
        .andFailFast()
        .chain(prepared -> writeAll(changes, writes, prepared));
  }

  private NgsiLdException roomForInserts(List<BulkWrite> writes) {
    int inserts = (int) writes.stream().filter(BulkWrite.Insert.class::isInstance).count();
    try {
      budget.requireRoomFor(inserts);
      return null;
    } catch (NgsiLdException e) {
      return e;
    }
  }

  /** Commits the writes other than inserts; the inserts fail with {@code full}. */
  private Uni<List<BulkOutcome>> commitAllBut(
      List<EntityChange> changes, List<BulkWrite> writes, NgsiLdException full) {
    List<EntityChange> keptChanges = new ArrayList<>();
    List<BulkWrite> kept = new ArrayList<>();
    for (int i = 0; i < writes.size(); i++) {
      if (!(writes.get(i) instanceof BulkWrite.Insert)) {
        keptChanges.add(changes.get(i));
        kept.add(writes.get(i));
      }
    }
    return commitEach(keptChanges, kept)
        .map(
            outcomes -> {
              List<BulkOutcome> all = new ArrayList<>(writes.size());
              int next = 0;
              for (BulkWrite w : writes) {
                all.add(
                    w instanceof BulkWrite.Insert
                        ? BulkOutcome.failed(full)
                        : outcomes.get(next++));
              }
              return all;
            });
  }

  private Uni<List<BulkOutcome>> writeAll(
      List<EntityChange> changes,
      List<BulkWrite> writes,
      List<List<PendingNotification>> prepared) {
    List<BulkWrite> attached = new ArrayList<>(writes.size());
    for (int i = 0; i < writes.size(); i++) {
      attached.add(writes.get(i).with(prepared.get(i)));
    }
    return store
        .write(changes.get(0).tenant(), attached)
        .onFailure()
        .invoke(e -> abandonAll(changes, prepared))
        .chain(
            outcomes -> {
              List<Uni<BulkOutcome>> settled = new ArrayList<>(outcomes.size());
              for (int i = 0; i < outcomes.size(); i++) {
                settled.add(settle(changes.get(i), prepared.get(i), outcomes.get(i)));
              }
              return Uni.join().all(settled).andCollectFailures();
            });
  }

  private void abandonAll(List<EntityChange> changes, List<List<PendingNotification>> prepared) {
    for (int i = 0; i < changes.size(); i++) {
      notifications.abandoned(changes.get(i), prepared.get(i));
    }
  }

  private Uni<BulkOutcome> settle(
      EntityChange change, List<PendingNotification> prepared, BulkOutcome outcome) {
    if (outcome.status() != BulkOutcome.Status.WRITTEN) {
      notifications.abandoned(change, prepared);
      return Uni.createFrom().item(outcome);
    }
    index.apply(change);
    notifications.committed(change, prepared);
    return events.publish(change).replaceWith(outcome);
  }
}
