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

  @Inject
  public ChangeCommits(
      WriteBatcher batcher,
      EntityBulkStore store,
      EntityIndex index,
      EntityChangePublisher events,
      ChangeNotifications notifications) {
    this.batcher = batcher;
    this.store = store;
    this.index = index;
    this.events = events;
    this.notifications = notifications;
  }

  /** One write, committed with the next group of single writes. */
  public Uni<BulkOutcome> commit(EntityChange change, BulkWrite write) {
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

  /** Several writes of one tenant as one bulk write; outcomes in the order of the writes. */
  public Uni<List<BulkOutcome>> commitAll(List<EntityChange> changes, List<BulkWrite> writes) {
    if (writes.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    List<Uni<List<PendingNotification>>> preparing = new ArrayList<>(changes.size());
    changes.forEach(c -> preparing.add(notifications.prepare(c)));
    return Uni.join()
        .all(preparing)
        .andFailFast()
        .chain(prepared -> writeAll(changes, writes, prepared));
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
    return Unis.all(List.of(events.publish(change))).replaceWith(outcome);
  }
}
