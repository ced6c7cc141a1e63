package org.civicbroker.broker.storage.embedded;

import io.smallrye.mutiny.Uni;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbroker.broker.storage.TenantRegistry;
import org.civicbroker.model.id.Tenant;

/**
 * Tenants of the embedded store, in {@link Column#TENANTS} and in memory. A write task that may
 * create a tenant calls {@link #stage}, so the tenant is recorded in the same commit as its first
 * data; memory learns of it only once that commit is done, so a write that fails or is undone
 * leaves no tenant behind, and the next write to it records it.
 */
public final class EmbeddedTenants implements TenantRegistry {
  private final Set<Tenant> known = ConcurrentHashMap.newKeySet();

  public EmbeddedTenants(EmbeddedStorage storage) {
    known.add(Tenant.DEFAULT);
    try (Cursor cursor = storage.scan(Column.TENANTS, new byte[0])) {
      cursor.forEachRemaining(e -> known.add(Keys.tenantOf(e.key())));
    }
  }

  /** Stages the tenant's record with a write of its data (nothing when it exists). */
  public void stage(WriteContext context, Tenant tenant) {
    if (known.contains(tenant)) {
      return;
    }
    byte[] name = Keys.tenantName(tenant);
    if (context.get(Column.TENANTS, name) == null) {
      byte[] now = ByteBuffer.allocate(8).putLong(System.currentTimeMillis()).array();
      context.put(Column.TENANTS, name, now);
    }
    context.afterCommit(() -> known.add(tenant));
  }

  @Override
  public Uni<Boolean> exists(Tenant tenant) {
    return Uni.createFrom().item(known.contains(tenant));
  }

  @Override
  public Uni<List<Tenant>> tenants() {
    List<Tenant> all = new ArrayList<>(known);
    all.sort(Comparator.comparing((Tenant t) -> !t.isDefault()).thenComparing(Tenant::name));
    return Uni.createFrom().item(all);
  }
}
