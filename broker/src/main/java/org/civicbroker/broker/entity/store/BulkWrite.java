package org.civicbroker.broker.entity.store;

import java.util.Objects;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;

/** One write of an {@link EntityBulkStore#write} call. */
public sealed interface BulkWrite {

  EntityId id();

  /** Stores a new entity at version 1; a conflict when the id exists. */
  record Insert(Entity entity) implements BulkWrite {
    public Insert {
      Objects.requireNonNull(entity, "entity");
    }

    @Override
    public EntityId id() {
      return entity.id();
    }
  }

  /** Replaces the entity if it is still at {@code expectedVersion}; a conflict otherwise. */
  record Replace(Entity entity, long expectedVersion) implements BulkWrite {
    public Replace {
      Objects.requireNonNull(entity, "entity");
    }

    @Override
    public EntityId id() {
      return entity.id();
    }
  }

  /** Deletes the entity if it is still at {@code expectedVersion}; a conflict otherwise. */
  record Delete(EntityId id, long expectedVersion) implements BulkWrite {
    public Delete {
      Objects.requireNonNull(id, "id");
    }
  }
}
