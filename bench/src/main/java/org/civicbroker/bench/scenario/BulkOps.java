package org.civicbroker.bench.scenario;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.civicbroker.bench.http.Await;
import org.civicbroker.bench.http.BrokerClient;
import org.civicbroker.bench.http.HttpResult;

/**
 * Bulk setup and teardown: batch upsert / batch delete through {@code /entityOperations}, falling
 * back to one request per entity when the broker answers 404, 405 or 501 to the batch endpoint.
 * Blocking; call from the runner's thread.
 */
public final class BulkOps {
  private static final Duration TIMEOUT = Duration.ofMinutes(15);
  private static final Set<Integer> UNSUPPORTED = Set.of(404, 405, 501);

  private final BrokerClient client;
  private final int parallel;
  private final int batchSize;

  public BulkOps(BrokerClient client, int parallel, int batchSize) {
    this.client = client;
    this.parallel = parallel;
    this.batchSize = batchSize;
  }

  /** Creates (or replaces) entities {@code 0..count-1} as built by {@code entityAt}. */
  public void upsert(int count, IntFunction<JsonObject> entityAt) {
    int batches = (count + batchSize - 1) / batchSize;
    if (batches == 0) {
      return;
    }
    if (!Await.result(upsertBatch(0, count, entityAt), TIMEOUT)) {
      Await.result(Parallel.forEach(count, parallel, i -> createOne(entityAt.apply(i))), TIMEOUT);
      return;
    }
    Await.result(
        Parallel.forEach(batches - 1, parallel, b -> upsertBatch(b + 1, count, entityAt)), TIMEOUT);
  }

  /** Resolves to false when the broker has no batch upsert. */
  private Future<Boolean> upsertBatch(int batch, int count, IntFunction<JsonObject> entityAt) {
    JsonArray body = new JsonArray();
    for (int i = batch * batchSize; i < Math.min(count, (batch + 1) * batchSize); i++) {
      body.add(entityAt.apply(i));
    }
    String path = "/entityOperations/upsert";
    return client
        .sendLd(HttpMethod.POST, path, body.toBuffer())
        .compose(
            r ->
                UNSUPPORTED.contains(r.status())
                    ? Future.succeededFuture(false)
                    : check(r, "POST " + path));
  }

  private Future<Boolean> createOne(JsonObject entity) {
    return client
        .sendLd(HttpMethod.POST, "/entities", entity.toBuffer())
        .compose(
            r -> r.status() == 409 ? Future.succeededFuture(true) : check(r, "POST /entities"));
  }

  private static Future<Boolean> check(HttpResult r, String what) {
    if (r.ok()) {
      return Future.succeededFuture(true);
    }
    return Future.failedFuture(
        new IllegalStateException(
            what + " answered HTTP " + r.status() + ": " + r.bodySnippet(300)));
  }

  /**
   * Deletes the given entities; ids the broker does not know are fine.
   *
   * @return how many could not be deleted
   */
  public long delete(List<String> ids) {
    AtomicLong failed = new AtomicLong();
    int batches = (ids.size() + batchSize - 1) / batchSize;
    if (batches == 0) {
      return 0;
    }
    if (!Await.result(deleteBatch(ids, 0, failed), TIMEOUT)) {
      Await.result(
          Parallel.forEach(ids.size(), parallel, i -> deleteOne(ids.get(i), failed)), TIMEOUT);
      return failed.get();
    }
    Await.result(
        Parallel.forEach(batches - 1, parallel, b -> deleteBatch(ids, b + 1, failed)), TIMEOUT);
    return failed.get();
  }

  private Future<Boolean> deleteBatch(List<String> ids, int batch, AtomicLong failed) {
    List<String> chunk =
        ids.subList(batch * batchSize, Math.min(ids.size(), (batch + 1) * batchSize));
    return client
        .sendLd(
            HttpMethod.POST,
            "/entityOperations/delete",
            new JsonArray(List.copyOf(chunk)).toBuffer())
        .map(
            r -> {
              if (UNSUPPORTED.contains(r.status())) {
                return false;
              }
              if (!r.ok() && r.status() != 207) {
                failed.addAndGet(chunk.size());
              }
              return true;
            })
        .recover(e -> countFailure(failed, chunk.size()));
  }

  private Future<Void> deleteOne(String id, AtomicLong failed) {
    return client
        .delete("/entities/" + id)
        .<Void>map(
            r -> {
              if (!r.ok() && r.status() != 404) {
                failed.incrementAndGet();
              }
              return null;
            })
        .recover(e -> countFailure(failed, 1).mapEmpty());
  }

  private static Future<Boolean> countFailure(AtomicLong failed, int n) {
    failed.addAndGet(n);
    return Future.succeededFuture(true);
  }

  /** Deletes one subscription; true when it is gone (or was never there). */
  public boolean deleteSubscription(String id) {
    try {
      HttpResult r = Await.result(client.delete("/subscriptions/" + id), Duration.ofSeconds(60));
      return r.ok() || r.status() == 404;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
