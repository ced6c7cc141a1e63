package org.civicbroker.broker.entity.store;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.civicbroker.model.id.Tenant;

/**
 * Group commit for single-entity writes: writes that arrive while the tenant's previous bulk write
 * is in flight are sent together as the next one. Nothing waits on a timer, so a lone write goes
 * out at once; under load, one store command (and, on the embedded store, one disk commit) serves
 * many requests. Every write keeps its own outcome, and each caller hears only after its write is
 * stored.
 */
@ApplicationScoped
public class WriteBatcher {
  private static final int MAX_BATCH = 256;

  private final EntityBulkStore store;
  private final Map<Tenant, Lane> lanes = new ConcurrentHashMap<>();

  @Inject
  public WriteBatcher(EntityBulkStore store) {
    this.store = store;
  }

  /** Writes one entity change as part of the next bulk write of its tenant. */
  public Uni<BulkOutcome> write(Tenant tenant, BulkWrite write) {
    Pending pending = new Pending(write, new CompletableFuture<>(), Vertx.currentContext());
    Lane lane = lanes.computeIfAbsent(tenant, t -> new Lane());
    lane.queue.add(pending);
    drain(tenant, lane);
    return Uni.createFrom().completionStage(pending.outcome);
  }

  private void drain(Tenant tenant, Lane lane) {
    if (lane.queue.isEmpty() || !lane.busy.compareAndSet(false, true)) {
      return;
    }
    List<Pending> batch = new ArrayList<>();
    Pending next;
    while (batch.size() < MAX_BATCH && (next = lane.queue.poll()) != null) {
      batch.add(next);
    }
    store
        .write(tenant, batch.stream().map(Pending::write).toList())
        .subscribe()
        .with(
            outcomes -> {
              release(tenant, lane);
              for (int i = 0; i < batch.size(); i++) {
                batch.get(i).complete(outcomes.get(i), null);
              }
            },
            failure -> {
              release(tenant, lane);
              batch.forEach(p -> p.complete(null, failure));
            });
  }

  private void release(Tenant tenant, Lane lane) {
    lane.busy.set(false);
    drain(tenant, lane);
  }

  /** A write, its caller's future and the Vert.x context the caller continues on (or null). */
  private record Pending(BulkWrite write, CompletableFuture<BulkOutcome> outcome, Context context) {
    void complete(BulkOutcome result, Throwable failure) {
      Runnable done =
          () -> {
            if (failure == null) {
              outcome.complete(result);
            } else {
              outcome.completeExceptionally(failure);
            }
          };
      if (context == null) {
        done.run();
      } else {
        context.runOnContext(v -> done.run());
      }
    }
  }

  /** The writes waiting for one tenant, and whether a bulk write of it is in flight. */
  private static final class Lane {
    final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    final AtomicBoolean busy = new AtomicBoolean();
  }
}
