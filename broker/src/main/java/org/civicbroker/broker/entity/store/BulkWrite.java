package org.civicbroker.broker.entity.store;

import java.util.List;
import java.util.Objects;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;

/**
 * One write of an {@link EntityBulkStore#write} call, with the notifications it triggers: the store
 * records those in the notification outbox only if the write itself is applied, and, on the
 * embedded store, in the same commit (so neither exists without the other).
 */
public sealed interface BulkWrite {

  EntityId id();

  /** Outbox records to commit with this write (claimed by this broker); often none. */
  List<PendingNotification> notifications();

  /** The same write with these notifications. */
  BulkWrite with(List<PendingNotification> notifications);

  /** Stores a new entity at version 1; a conflict when the id exists. */
  record Insert(Entity entity, List<PendingNotification> notifications) implements BulkWrite {
    public Insert {
      Objects.requireNonNull(entity, "entity");
      notifications = List.copyOf(notifications);
    }

    public Insert(Entity entity) {
      this(entity, List.of());
    }

    @Override
    public EntityId id() {
      return entity.id();
    }

    @Override
    public Insert with(List<PendingNotification> list) {
      return new Insert(entity, list);
    }
  }

  /** Replaces the entity if it is still at {@code expectedVersion}; a conflict otherwise. */
  record Replace(Entity entity, long expectedVersion, List<PendingNotification> notifications)
      implements BulkWrite {
    public Replace {
      Objects.requireNonNull(entity, "entity");
      notifications = List.copyOf(notifications);
    }

    public Replace(Entity entity, long expectedVersion) {
      this(entity, expectedVersion, List.of());
    }

    @Override
    public EntityId id() {
      return entity.id();
    }

    @Override
    public Replace with(List<PendingNotification> list) {
      return new Replace(entity, expectedVersion, list);
    }
  }

  /** Deletes the entity if it is still at {@code expectedVersion}; a conflict otherwise. */
  record Delete(EntityId id, long expectedVersion, List<PendingNotification> notifications)
      implements BulkWrite {
    public Delete {
      Objects.requireNonNull(id, "id");
      notifications = List.copyOf(notifications);
    }

    public Delete(EntityId id, long expectedVersion) {
      this(id, expectedVersion, List.of());
    }

    @Override
    public Delete with(List<PendingNotification> list) {
      return new Delete(id, expectedVersion, list);
    }
  }
}
