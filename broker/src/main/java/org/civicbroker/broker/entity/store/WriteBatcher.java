package org.civicbroker.broker.entity.store;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbroker.broker.storage.GroupCommit;
import org.civicbroker.model.id.Tenant;

/**
 * Group commit for single-entity writes ({@link GroupCommit}), one lane per tenant: writes that
 * arrive while the tenant's previous bulk write is in flight are sent together as the next one.
 */
@ApplicationScoped
public class WriteBatcher {
  private static final int MAX_BATCH = 256;

  private final EntityBulkStore store;
  private final Map<Tenant, GroupCommit<BulkWrite, BulkOutcome>> lanes = new ConcurrentHashMap<>();

  @Inject
  public WriteBatcher(EntityBulkStore store) {
    this.store = store;
  }

  /** Writes one entity change as part of the next bulk write of its tenant. */
  public Uni<BulkOutcome> write(Tenant tenant, BulkWrite write) {
    if (store.groupsWrites()) {
      return store.write(tenant, List.of(write)).map(outcomes -> outcomes.get(0));
    }
    return lanes
        .computeIfAbsent(
            tenant, t -> new GroupCommit<>(writes -> store.write(t, writes), MAX_BATCH))
        .write(write);
  }
}
